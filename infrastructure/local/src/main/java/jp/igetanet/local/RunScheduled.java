package jp.igetanet.local;

import jp.igetanet.local.gateway.FunctionHost;
import jp.igetanet.local.template.FunctionSpec;
import jp.igetanet.local.template.SamTemplate;
import jp.igetanet.local.template.ScheduleSpec;
import jp.igetanet.local.trigger.Scheduler;

import java.io.IOException;
import java.util.List;
import java.util.Properties;

/**
 * Runs a scheduled function of template.yaml once now against the running local system, instead of waiting for its
 * schedule: loads the function's jar here with the configuration the runner gives its functions, invokes it with the
 * schedule's event and prints what the handler returned as JSON.
 *
 * <pre>java -cp infrastructure/local/target/local.jar jp.igetanet.local.RunScheduled RetentionFunction</pre>
 */
public final class RunScheduled {

    private RunScheduled() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: RunScheduled <function logical id, e.g. RetentionFunction>");
            System.exit(2);
        }
        Properties state = LocalMain.runningState();
        SamTemplate template = SamTemplate.load(LocalMain.projectRoot().resolve("template.yaml"));
        ScheduleSpec schedule = LocalSystem.onlySchedule(template, args[0]);
        FunctionSpec function = template.function(args[0]).orElseThrow();
        List<String> names = state.stringPropertyNames().stream()
                .filter(name -> name.startsWith(LocalMain.FUNCTION_PROPERTY)).toList();
        if (names.isEmpty()) {
            System.err.println("The running local system did not write the functions' configuration: restart it.");
            System.exit(1);
        }
        names.forEach(name -> System.setProperty(name.substring(LocalMain.FUNCTION_PROPERTY.length()),
                state.getProperty(name)));
        Object result;
        try (FunctionHost host = new FunctionHost(function)) {
            result = Scheduler.run(host, schedule);
        }
        System.out.println(Scheduler.json(result));
        // the function's framework may leave threads behind
        System.exit(0);
    }
}
