package jp.igetanet.local.gateway;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One HttpApi route of template.yaml: method and path template (or {@code $default}), whether the JWT
 * authorizer guards it, and the function that serves it.
 */
public record Route(String method, String path, boolean publicRoute, FunctionHost function) {

    public static final String DEFAULT = "$default";
    private static final Pattern PARAMETER = Pattern.compile("\\{([^}+]+)(\\+?)}");

    public boolean isDefault() {
        return DEFAULT.equals(path);
    }

    /** The route key API Gateway puts in the event, e.g. {@code GET /portal/facilities/{facilityId}}. */
    public String routeKey() {
        return isDefault() ? DEFAULT : method + " " + path;
    }

    /** The path parameters when this route serves the request, empty otherwise. */
    Optional<Map<String, String>> match(String requestMethod, String requestPath) {
        if (isDefault() || !(method.equals("ANY") || method.equalsIgnoreCase(requestMethod))) {
            return Optional.empty();
        }
        List<String> names = new java.util.ArrayList<>();
        StringBuilder regex = new StringBuilder();
        Matcher parameter = PARAMETER.matcher(path);
        int last = 0;
        while (parameter.find()) {
            regex.append(Pattern.quote(path.substring(last, parameter.start())));
            regex.append(parameter.group(2).isEmpty() ? "([^/]+)" : "(.+)");
            names.add(parameter.group(1));
            last = parameter.end();
        }
        regex.append(Pattern.quote(path.substring(last)));
        Matcher request = Pattern.compile(regex.toString()).matcher(requestPath);
        if (!request.matches()) {
            return Optional.empty();
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            values.put(names.get(i), java.net.URLDecoder.decode(request.group(i + 1), java.nio.charset.StandardCharsets.UTF_8));
        }
        return Optional.of(values);
    }

    /** API Gateway prefers the most specific route: more literal characters first, greedy parameters last. */
    int specificity() {
        String literal = PARAMETER.matcher(path).replaceAll("");
        return literal.length() * 2 - (path.contains("+}") ? 1 : 0);
    }
}
