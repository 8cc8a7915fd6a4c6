package jp.igetanet.local.template;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads a CloudFormation / SAM YAML document into plain maps and lists, turning the short-form tags
 * ({@code !Ref X}, {@code !Sub …}, {@code !GetAtt A.B}, …) into their long form ({@code {"Ref": "X"}}, …).
 */
public final class CloudFormationYaml {

    private static final List<String> FUNCTIONS = List.of(
            "Sub", "GetAtt", "Join", "Select", "If", "Equals", "Not", "And", "Or", "Split", "FindInMap",
            "ImportValue", "Base64", "Cidr", "GetAZs", "Length", "ToJsonString", "Transform");

    private CloudFormationYaml() {
    }

    /** Reads one document; the result is a map of maps, lists, strings, numbers and booleans. */
    public static Map<String, Object> read(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(reader);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> parse(Reader reader) {
        Object document = new Yaml(new IntrinsicConstructor()).load(reader);
        if (!(document instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("a template must be a YAML mapping");
        }
        return (Map<String, Object>) map;
    }

    /** SafeConstructor that also knows the CloudFormation short-form tags. */
    private static final class IntrinsicConstructor extends SafeConstructor {

        IntrinsicConstructor() {
            super(new LoaderOptions());
            yamlConstructors.put(new Tag("!Ref"), new LongForm("Ref"));
            yamlConstructors.put(new Tag("!Condition"), new LongForm("Condition"));
            for (String function : FUNCTIONS) {
                yamlConstructors.put(new Tag("!" + function), new LongForm("Fn::" + function));
            }
        }

        private final class LongForm extends AbstractConstruct {
            private final String key;

            LongForm(String key) {
                this.key = key;
            }

            @Override
            public Object construct(Node node) {
                Object value = switch (node) {
                    case ScalarNode scalar -> scalarValue(scalar);
                    case SequenceNode sequence -> constructSequence(sequence);
                    case MappingNode mapping -> constructMapping(mapping);
                    default -> throw new IllegalArgumentException("unexpected node for " + key + ": " + node);
                };
                Map<String, Object> longForm = new LinkedHashMap<>();
                longForm.put(key, value);
                return longForm;
            }

            private Object scalarValue(ScalarNode scalar) {
                String text = constructScalar(scalar);
                if (key.equals("Fn::GetAtt")) {
                    // "Resource.Attribute" (the attribute itself may contain dots, e.g. Endpoint.Address)
                    int dot = text.indexOf('.');
                    if (dot < 0) {
                        throw new IllegalArgumentException("!GetAtt needs Resource.Attribute: " + text);
                    }
                    return List.of(text.substring(0, dot), text.substring(dot + 1));
                }
                if (key.equals("Fn::GetAZs") && text.isEmpty()) {
                    return "";
                }
                return text;
            }
        }
    }
}
