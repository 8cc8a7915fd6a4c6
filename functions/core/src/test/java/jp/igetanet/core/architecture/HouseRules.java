package jp.igetanet.core.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.ArchTest;
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

/**
 * The rules of STYLE.md as tests, in one place: every module runs all of them on itself and the core
 * ({@code @ArchTest static final ArchTests house = ArchTests.in(HouseRules.class)}). Each names only packages that
 * exist; a rule about functions a module does not contain passes there (it is checked in the module that does).
 */
public final class HouseRules {

    private static final String[] ADAPTERS = {"jp.igetanet.core.aws.."};
    /** The care domain: records and rules, no HTTP, no JSON, no storage. */
    private static final String[] DOMAIN = {"jp.igetanet.core.facility..", "jp.igetanet.core.account..",
            "jp.igetanet.core.network..", "jp.igetanet.core.audit..", "jp.igetanet.core.patient..",
            "jp.igetanet.core.record..", "jp.igetanet.core.project..", "jp.igetanet.core.incident..",
            "jp.igetanet.core.registration..", "jp.igetanet.core.portal..", "jp.igetanet.core.terms.."};
    /** Patient data (§13): the patient, its consents, care team and shared record. */
    private static final String[] PATIENT_DATA = {"jp.igetanet.core.patient..", "jp.igetanet.core.record.."};

    private HouseRules() {
    }

    /** Leaves out the core's test jar (fixtures and in-memory fakes, this class too), which Maven puts on the path. */
    public static final class DoNotIncludeTestJars implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("-tests.jar");
        }
    }

    /** Only the adapters import the AWS SDK (the Lambda event types are not the SDK). */
    @ArchTest
    static final ArchRule onlyAdaptersImportTheAwsSdk = noClasses()
            .that().resideInAPackage("jp.igetanet..").and().resideOutsideOfPackages(ADAPTERS)
            .should().dependOnClassesThat().resideInAPackage("software.amazon.awssdk..");

    /** Adapters are reached through the ports they implement: no desk, controller or function names one. */
    @ArchTest
    static final ArchRule adaptersAreReachedThroughPorts = noClasses()
            .that().resideInAPackage("jp.igetanet..").and().resideOutsideOfPackages(ADAPTERS)
            .should().dependOnClassesThat().resideInAnyPackage(ADAPTERS);

    /** Each function stands alone: it shares only the core (a function's package is a slice of its own). */
    @ArchTest
    static final ArchRule functionsDoNotDependOnEachOther = slices().matching("jp.igetanet.(*)..")
            .should().notDependOnEachOther()
            .ignoreDependency(DescribedPredicate.alwaysTrue(), JavaClass.Predicates.resideInAPackage("jp.igetanet.core.."))
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule domainKnowsNothingOfHttpJsonOrStorage = noClasses()
            .that().resideInAnyPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage("io.micronaut.http..", "io.micronaut.serde..",
                    "com.fasterxml.jackson..", "jp.igetanet.core.aws..");

    /** The core's packages depend on each other in one direction only. */
    @ArchTest
    static final ArchRule corePackagesAreFreeOfCycles = slices().matching("jp.igetanet.core.(*)..")
            .should().beFreeOfCycles();

    /**
     * The functions and domain that serve no care team cannot even name patient data: the public portal, the
     * facility registration, ID issuance, and projects (network-wide groups that must never carry a patient).
     */
    @ArchTest
    static final ArchRule onlyCareFunctionsReachPatientData = noClasses()
            .that().resideInAnyPackage("jp.igetanet.portal..", "jp.igetanet.registration..",
                    "jp.igetanet.idissuance..", "jp.igetanet.projects..", "jp.igetanet.core.project..")
            .should().dependOnClassesThat().resideInAnyPackage(PATIENT_DATA)
            .allowEmptyShould(true);

    /** Sign-in accounts are created and changed by ID issuance and by registration's approval only. */
    @ArchTest
    static final ArchRule onlyIdIssuanceAndRegistrationManageSignInAccounts = noClasses()
            .that().resideInAnyPackage("jp.igetanet.portal..", "jp.igetanet.posting..", "jp.igetanet.projects..",
                    "jp.igetanet.consent..", "jp.igetanet.operations..")
            .should().dependOnClassesThat().haveSimpleName("SignInAccounts")
            .allowEmptyShould(true);

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

    @ArchTest
    static final ArchRule nothingPrintsStackTraces = noClasses()
            .should().callMethod(Throwable.class, "printStackTrace");

    /** Constructor injection only. */
    @ArchTest
    static final ArchRule noFieldInjection = noClasses()
            .should().dependOnClassesThat().haveFullyQualifiedName("jakarta.inject.Inject");

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
