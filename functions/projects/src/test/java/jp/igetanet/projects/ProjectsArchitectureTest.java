package jp.igetanet.projects;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The projects function reaches AWS only through core.aws, stands alone, cannot manage sign-in accounts, and is fenced
 * from patient data: projects hold none (§2, §13).
 */
@AnalyzeClasses(packages = "jp.igetanet", importOptions = ImportOption.DoNotIncludeTests.class)
class ProjectsArchitectureTest {

    @ArchTest
    static final ArchRule cannotReachPatientData = noClasses()
            .that().resideInAPackage("jp.igetanet.projects..")
            .should().dependOnClassesThat().resideInAnyPackage("jp.igetanet.core.patient..", "jp.igetanet.core.record..");

    @ArchTest
    static final ArchRule doesNotUseTheSdkDirectly = noClasses()
            .that().resideInAPackage("jp.igetanet.projects..")
            .should().dependOnClassesThat().resideInAPackage("software.amazon.awssdk..");

    @ArchTest
    static final ArchRule doesNotDependOnOtherFunctions = noClasses()
            .that().resideInAPackage("jp.igetanet.projects..")
            .should().dependOnClassesThat().resideInAnyPackage("jp.igetanet.portal..",
                    "jp.igetanet.idissuance..", "jp.igetanet.registration..", "jp.igetanet.posting..",
                    "jp.igetanet.consent..", "jp.igetanet.operations..");

    @ArchTest
    static final ArchRule cannotManageSignInAccounts = noClasses()
            .that().resideInAPackage("jp.igetanet.projects..")
            .should().dependOnClassesThat().haveSimpleName("SignInAccounts");

    @ArchTest
    static final ArchRule controllersDoNotTouchStorage = noClasses()
            .that().haveSimpleNameEndingWith("Controller")
            .should().dependOnClassesThat().resideInAPackage("jp.igetanet.core.aws..");
}
