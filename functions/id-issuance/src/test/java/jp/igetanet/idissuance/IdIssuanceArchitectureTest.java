package jp.igetanet.idissuance;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The ID issuance function reaches AWS only through core.aws and stands alone among the functions. */
@AnalyzeClasses(packages = "jp.igetanet", importOptions = ImportOption.DoNotIncludeTests.class)
class IdIssuanceArchitectureTest {

    @ArchTest
    static final ArchRule doesNotUseTheSdkDirectly = noClasses()
            .that().resideInAPackage("jp.igetanet.idissuance..")
            .should().dependOnClassesThat().resideInAPackage("software.amazon.awssdk..");

    @ArchTest
    static final ArchRule doesNotDependOnOtherFunctions = noClasses()
            .that().resideInAPackage("jp.igetanet.idissuance..")
            .should().dependOnClassesThat().resideInAnyPackage("jp.igetanet.portal..",
                    "jp.igetanet.registration..", "jp.igetanet.posting..", "jp.igetanet.consent..",
                    "jp.igetanet.operations..", "jp.igetanet.projects..");

    @ArchTest
    static final ArchRule controllersDoNotTouchStorage = noClasses()
            .that().haveSimpleNameEndingWith("Controller")
            .should().dependOnClassesThat().resideInAPackage("jp.igetanet.core.aws..");
}
