package jp.igetanet.portal;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The portal function is public, its operator routes aside: it must not reach patient data, the SDK or other
 * functions.
 */
@AnalyzeClasses(packages = "jp.igetanet", importOptions = ImportOption.DoNotIncludeTests.class)
class PortalArchitectureTest {

    @ArchTest
    static final ArchRule cannotReachPatientData = noClasses()
            .that().resideInAPackage("jp.igetanet.portal..")
            .should().dependOnClassesThat().resideInAnyPackage("jp.igetanet.core.patient..",
                    "jp.igetanet.core.careteam..", "jp.igetanet.core.record..", "jp.igetanet.core.consent..",
                    "jp.igetanet.core.medication..");

    @ArchTest
    static final ArchRule doesNotUseTheSdkDirectly = noClasses()
            .that().resideInAPackage("jp.igetanet.portal..")
            .should().dependOnClassesThat().resideInAPackage("software.amazon.awssdk..");

    @ArchTest
    static final ArchRule doesNotDependOnOtherFunctions = noClasses()
            .that().resideInAPackage("jp.igetanet.portal..")
            .should().dependOnClassesThat().resideInAnyPackage("jp.igetanet.idissuance..",
                    "jp.igetanet.registration..", "jp.igetanet.posting..", "jp.igetanet.consent..",
                    "jp.igetanet.operations..", "jp.igetanet.projects..");

    @ArchTest
    static final ArchRule controllersDoNotCatchOrTouchStorage = noClasses()
            .that().haveSimpleNameEndingWith("Controller")
            .should().dependOnClassesThat().resideInAPackage("jp.igetanet.core.aws..");
}
