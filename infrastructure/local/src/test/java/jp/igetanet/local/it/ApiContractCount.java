package jp.igetanet.local.it;

import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/** Says at the end of the test run how many live answers were checked against the OpenAPI document. */
public final class ApiContractCount implements TestExecutionListener {

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        if (ApiContract.validated() > 0) {
            System.out.println("OpenAPI contract: " + ApiContract.validated()
                    + " live answers validated against infrastructure/local/target/openapi.yaml's schemas");
        }
    }
}
