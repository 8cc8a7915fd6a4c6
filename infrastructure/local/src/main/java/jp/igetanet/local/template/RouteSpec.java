package jp.igetanet.local.template;

/**
 * One HttpApi event of a function: {@code method} is upper case ("ANY" when the template gives none),
 * {@code path} is "$default" when the template gives none, and a public route has {@code Auth.Authorizer: NONE}.
 */
public record RouteSpec(String eventName, String method, String path, boolean publicRoute) {

    public static final String ANY_METHOD = "ANY";
    public static final String DEFAULT_ROUTE = "$default";

    /** Whether this is the catch-all route that receives every request no other route matches. */
    public boolean isDefaultRoute() {
        return path.equals(DEFAULT_ROUTE);
    }

    /** API Gateway's route key, e.g. "GET /me" or "$default". */
    public String routeKey() {
        return isDefaultRoute() ? DEFAULT_ROUTE : method + " " + path;
    }
}
