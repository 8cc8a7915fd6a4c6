package jp.igetanet.registration;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The registration function reaches AWS only through core.aws, stands alone, and cannot reach patient data. */
@AnalyzeClasses(packages = "jp.igetanet", importOptions = ImportOption.DoNotIncludeTests.class)
class RegistrationArchitectureTest {

    @ArchTest
    static final ArchRule doesNotUseTheSdkDirectly = noClasses()
            .that().resideInAPackage("jp.igetanet.registration..")
            .should().dependOnClassesThat().resideInAPackage("software.amazon.awssdk..");

    @ArchTest
    static final ArchRule doesNotDependOnOtherFunctions = noClasses()
            .that().resideInAPackage("jp.igetanet.registration..")
            .should().dependOnClassesThat().resideInAnyPackage("jp.igetanet.portal..",
                    "jp.igetanet.idissuance..", "jp.igetanet.posting..", "jp.igetanet.consent..",
                    "jp.igetanet.operations..", "jp.igetanet.projects..");

    @ArchTest
    static final ArchRule cannotReachPatientData = noClasses()
            .that().resideInAPackage("jp.igetanet.registration..")
            .should().dependOnClassesThat().resideInAnyPackage("jp.igetanet.core.patient..",
                    "jp.igetanet.core.careteam..", "jp.igetanet.core.record..", "jp.igetanet.core.consent..",
                    "jp.igetanet.core.medication..");

    @ArchTest
    static final ArchRule controllersDoNotTouchStorage = noClasses()
            .that().haveSimpleNameEndingWith("Controller")
            .should().dependOnClassesThat().resideInAPackage("jp.igetanet.core.aws..");
}
