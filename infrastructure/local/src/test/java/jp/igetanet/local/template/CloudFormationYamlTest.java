package jp.igetanet.local.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.error.YAMLException;

class CloudFormationYamlTest {

    @Test
    void shortFormTagsBecomeTheirLongForm() {
        Map<String, Object> document = parse("""
                ref: !Ref Thing
                sub: !Sub "${Thing}-x"
                subWithVariables: !Sub ["${A}", {A: !Ref Thing}]
                getAttDotted: !GetAtt Thing.Endpoint.Address
                getAttList: !GetAtt [Thing, Arn]
                join: !Join [",", [a, b]]
                select: !Select [0, !GetAZs ""]
                split: !Split [",", "a,b"]
                if: !If [IsProd, a, b]
                equals: !Equals [!Ref Stage, prod]
                not: !Not [!Condition IsProd]
                findInMap: !FindInMap [M, K, V]
                importValue: !ImportValue Exported
                base64: !Base64 text
                cidr: !Cidr ["10.0.0.0/16", 4, 8]
                """);

        assertEquals(Map.of("Ref", "Thing"), document.get("ref"));
        assertEquals(Map.of("Fn::Sub", "${Thing}-x"), document.get("sub"));
        assertEquals(Map.of("Fn::Sub", List.of("${A}", Map.of("A", Map.of("Ref", "Thing")))),
                document.get("subWithVariables"));
        assertEquals(Map.of("Fn::GetAtt", List.of("Thing", "Endpoint.Address")), document.get("getAttDotted"));
        assertEquals(Map.of("Fn::GetAtt", List.of("Thing", "Arn")), document.get("getAttList"));
        assertEquals(Map.of("Fn::Join", List.of(",", List.of("a", "b"))), document.get("join"));
        assertEquals(Map.of("Fn::Select", List.of(0, Map.of("Fn::GetAZs", ""))), document.get("select"));
        assertEquals(Map.of("Fn::Split", List.of(",", "a,b")), document.get("split"));
        assertEquals(Map.of("Fn::If", List.of("IsProd", "a", "b")), document.get("if"));
        assertEquals(Map.of("Fn::Equals", List.of(Map.of("Ref", "Stage"), "prod")), document.get("equals"));
        assertEquals(Map.of("Fn::Not", List.of(Map.of("Condition", "IsProd"))), document.get("not"));
        assertEquals(Map.of("Fn::FindInMap", List.of("M", "K", "V")), document.get("findInMap"));
        assertEquals(Map.of("Fn::ImportValue", "Exported"), document.get("importValue"));
        assertEquals(Map.of("Fn::Base64", "text"), document.get("base64"));
        assertEquals(Map.of("Fn::Cidr", List.of("10.0.0.0/16", 4, 8)), document.get("cidr"));
    }

    @Test
    void unknownTagsAreRejected() {
        assertThrows(YAMLException.class, () -> parse("x: !Unknown y"));
    }

    @Test
    void aDocumentThatIsNoMappingIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> parse("- a\n- b"));
    }

    private static Map<String, Object> parse(String yaml) {
        return CloudFormationYaml.parse(new StringReader(yaml));
    }
}
