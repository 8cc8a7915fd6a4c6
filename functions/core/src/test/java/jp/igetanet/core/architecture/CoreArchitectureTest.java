package jp.igetanet.core.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jp.igetanet.core.patient.CareTeamAccess;
import jp.igetanet.core.patient.CareTeamGate;
import jp.igetanet.core.patient.Memberships;
import jp.igetanet.core.patient.Patients;
import jp.igetanet.core.record.Posts;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

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
                    "jp.igetanet.core.network..", "jp.igetanet.core.audit..", "jp.igetanet.core.patient..",
                    "jp.igetanet.core.record..", "jp.igetanet.core.project..", "jp.igetanet.core.incident..",
                    "jp.igetanet.core.registration..", "jp.igetanet.core.portal..", "jp.igetanet.core.terms..")
            .should().dependOnClassesThat().resideInAnyPackage("io.micronaut.http..", "io.micronaut.serde..",
                    "com.fasterxml.jackson..", "jp.igetanet.core.aws..");

    /** Projects hold no patient data: their domain cannot even name the patient, record or consent types. */
    @ArchTest
    static final ArchRule projectsCannotReachPatientData = noClasses()
            .that().resideInAPackage("jp.igetanet.core.project..")
            .should().dependOnClassesThat().resideInAnyPackage("jp.igetanet.core.patient..", "jp.igetanet.core.record..",
                    "jp.igetanet.core.aws..", "io.micronaut.http..", "io.micronaut.serde..", "com.fasterxml.jackson..");

    /** Storage adapters are reached through the ports they implement: nothing else in the core names them. */
    @ArchTest
    static final ArchRule onlyAdaptersKnowAdapters = noClasses()
            .that().resideOutsideOfPackage("jp.igetanet.core.aws..")
            .should().dependOnClassesThat().resideInAPackage("jp.igetanet.core.aws..");

    /** The core's packages depend on each other in one direction only: no two of them reach each other. */
    @ArchTest
    static final ArchRule packagesAreFreeOfCycles = slices().matching("jp.igetanet.core.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule nothingPrintsStackTraces = noClasses()
            .should().callMethod(Throwable.class, "printStackTrace");

    @ArchTest
    static final ArchRule noFieldInjection = noClasses()
            .should().dependOnClassesThat().haveFullyQualifiedName("jakarta.inject.Inject");

    /** Only the care-team gate makes the proof of access that patient repositories require (§13). */
    @ArchTest
    static final ArchRule onlyTheGateGivesAccessToAPatient = noClasses()
            .that().doNotHaveFullyQualifiedName(CareTeamGate.class.getName())
            .should().callConstructor(CareTeamAccess.class, String.class, String.class);

    /**
     * The reads the gate decides on are the gate's alone (and its storage's): nothing else learns membership around
     * it. Micronaut's generated bean definitions ({@code $…}) name the gate's constructor parameters.
     */
    @ArchTest
    static final ArchRule onlyTheGateReadsMemberships = noClasses()
            .that().doNotHaveFullyQualifiedName(CareTeamGate.class.getName())
            .and().areNotAssignableTo(Memberships.class)
            .and().haveNameNotMatching(".*\\.\\$.*")
            .should().dependOnClassesThat().haveFullyQualifiedName(Memberships.class.getName());

    /**
     * Every way to one patient's posts, and to its demographics, consents and team, requires the gate's access. The
     * exceptions each say why in their Javadoc: the operator's network scoping, the purge worker, consent-form pointers.
     */
    @ArchTest
    static final ArchRule patientRepositoriesRequireTheGatesAccess = methods()
            .that().areDeclaredIn(Posts.class)
            .or().areDeclaredIn(Patients.class)
            .and().haveNameNotMatching("networkOf|withdraw|createConsentForm|consentForm|useConsentForm")
            .should(takeParameter(CareTeamAccess.class));

    private static ArchCondition<JavaMethod> takeParameter(Class<?> type) {
        return new ArchCondition<>("take a " + type.getSimpleName() + " (or a list of them)") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                boolean takes = method.getParameters().stream().anyMatch(parameter ->
                        parameter.getType().getAllInvolvedRawTypes().stream().anyMatch(t -> t.isEquivalentTo(type)));
                events.add(new SimpleConditionEvent(method, takes,
                        method.getFullName() + (takes ? " takes a " : " does not take a ") + type.getSimpleName()));
            }
        };
    }
}
