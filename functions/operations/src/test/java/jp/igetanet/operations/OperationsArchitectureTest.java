package jp.igetanet.operations;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import jp.igetanet.core.architecture.HouseRules;

/** The house rules, on this function and the core it is deployed with. */
@AnalyzeClasses(packages = "jp.igetanet",
        importOptions = {ImportOption.DoNotIncludeTests.class, HouseRules.DoNotIncludeTestJars.class})
class OperationsArchitectureTest {

    @ArchTest
    static final ArchTests house = ArchTests.in(HouseRules.class);
}
