package jp.igetanet.core.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The rules of STYLE.md that hold for the shared library. */
@AnalyzeClasses(packages = "jp.igetanet.core", importOptions = ImportOption.DoNotIncludeTests.class)
class CoreArchitectureTest {

    @ArchTest
    static final ArchRule onlyTheAwsPackageImportsTheAwsSdk = noClasses()
            .that().resideOutsideOfPackage("jp.igetanet.core.aws..")
            .should().dependOnClassesThat().resideInAPackage("software.amazon.awssdk..");

    @ArchTest
    static final ArchRule domainRecordsKnowNothingOfHttpOrStorage = noClasses()
            .that().resideInAnyPackage("jp.igetanet.core.facility..", "jp.igetanet.core.account..",
                    "jp.igetanet.core.network..", "jp.igetanet.core.audit..")
            .should().dependOnClassesThat().resideInAnyPackage("io.micronaut.http..", "io.micronaut.serde..",
                    "com.fasterxml.jackson..", "jp.igetanet.core.aws..");

    /** Projects hold no patient data: their domain cannot even name the patient, record or consent types. */
    @ArchTest
    static final ArchRule projectsCannotReachPatientData = noClasses()
            .that().resideInAPackage("jp.igetanet.core.project..")
            .should().dependOnClassesThat().resideInAnyPackage("jp.igetanet.core.patient..", "jp.igetanet.core.record..",
                    "jp.igetanet.core.aws..", "io.micronaut.http..", "io.micronaut.serde..", "com.fasterxml.jackson..");

    @ArchTest
    static final ArchRule nothingPrintsStackTraces = noClasses()
            .should().callMethod(Throwable.class, "printStackTrace");

    @ArchTest
    static final ArchRule noFieldInjection = noClasses()
            .should().dependOnClassesThat().haveFullyQualifiedName("jakarta.inject.Inject");
}
