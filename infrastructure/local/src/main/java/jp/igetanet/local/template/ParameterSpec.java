package jp.igetanet.local.template;

import java.util.Optional;

/** A template parameter: its name, CloudFormation type and default value, if any. */
public record ParameterSpec(String name, String type, Optional<String> defaultValue) {

    /** Whether values of this parameter are lists (CommaDelimitedList, List&lt;…&gt;). */
    public boolean isList() {
        return type.equals("CommaDelimitedList") || type.startsWith("List<");
    }
}
