package jp.igetanet.local.template;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One Schedule event of a function: EventBridge invokes the function on {@code expression}, e.g.
 * {@code rate(1 day)}. SAM names the rule it generates after the function and the event ({@link #ruleLogicalId}).
 */
public record ScheduleSpec(String functionLogicalId, String eventName, String expression) {

    private static final Pattern RATE = Pattern.compile("rate\\(\\s*(\\d+)\\s+(minute|minutes|hour|hours|day|days)\\s*\\)");

    /** The logical id of the AWS::Events::Rule that SAM generates, e.g. {@code RetentionFunctionDaily}. */
    public String ruleLogicalId() {
        return functionLogicalId + eventName;
    }

    /** The period of a {@code rate(N unit)} expression; cron expressions are not run locally. */
    public Duration rate() {
        Matcher matcher = RATE.matcher(expression.strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException(functionLogicalId + "." + eventName + ": only rate(N minute[s]|hour[s]|"
                    + "day[s]) schedules run locally, not " + expression);
        }
        long amount = Long.parseLong(matcher.group(1));
        if (amount < 1 || (amount == 1) != !matcher.group(2).endsWith("s")) {
            // EventBridge refuses rate(1 minutes), rate(2 minute) and rate(0 …)
            throw new IllegalArgumentException(functionLogicalId + "." + eventName + ": not a valid rate: " + expression);
        }
        return switch (matcher.group(2)) {
            case "minute", "minutes" -> Duration.ofMinutes(amount);
            case "hour", "hours" -> Duration.ofHours(amount);
            default -> Duration.ofDays(amount);
        };
    }
}
