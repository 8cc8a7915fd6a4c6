package jp.igetanet.operations;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The operations function reaches AWS only through core.aws, stands alone, and cannot manage sign-in accounts. */
@AnalyzeClasses(packages = "jp.igetanet", importOptions = ImportOption.DoNotIncludeTests.class)
class OperationsArchitectureTest {

    @ArchTest
    static final ArchRule doesNotUseTheSdkDirectly = noClasses()
            .that().resideInAPackage("jp.igetanet.operations..")
            .should().dependOnClassesThat().resideInAPackage("software.amazon.awssdk..");

    @ArchTest
    static final ArchRule doesNotDependOnOtherFunctions = noClasses()
            .that().resideInAPackage("jp.igetanet.operations..")
            .should().dependOnClassesThat().resideInAnyPackage("jp.igetanet.portal..",
                    "jp.igetanet.idissuance..", "jp.igetanet.registration..", "jp.igetanet.posting..",
                    "jp.igetanet.consent..", "jp.igetanet.projects..");

    @ArchTest
    static final ArchRule cannotManageSignInAccounts = noClasses()
            .that().resideInAPackage("jp.igetanet.operations..")
            .should().dependOnClassesThat().haveSimpleName("SignInAccounts");

    @ArchTest
    static final ArchRule controllersDoNotTouchStorage = noClasses()
            .that().haveSimpleNameEndingWith("Controller")
            .should().dependOnClassesThat().resideInAPackage("jp.igetanet.core.aws..");
}
