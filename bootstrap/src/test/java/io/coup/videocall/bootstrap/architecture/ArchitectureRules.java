package io.coup.videocall.bootstrap.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import jakarta.persistence.Entity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The architecture of SPEC §2 and STYLE.md as executable rules. Each rule is proven to bite by
 * {@link ArchitectureRulesBiteTest}; {@code failOnEmptyShould} stays on, so a rule aimed at nothing fails.
 */
final class ArchitectureRules {

    private static final String ROOT = "io.coup.videocall";
    private static final String DOMAIN = "io.coup.videocall.domain..";
    private static final String APPLICATION = "io.coup.videocall.application..";
    private static final String SERVICES = "io.coup.videocall.application.service..";
    private static final String PORTS_IN = "io.coup.videocall.application.port.in..";
    private static final String PORTS_OUT = "io.coup.videocall.application.port.out..";
    private static final String ADAPTERS = "io.coup.videocall.adapter..";
    private static final String REST = "io.coup.videocall.adapter.in.rest..";
    private static final String PERSISTENCE = "io.coup.videocall.adapter.out.persistence..";
    private static final String BOOTSTRAP = "io.coup.videocall.bootstrap..";

    private ArchitectureRules() {
    }

    static final ArchRule DOMAIN_DEPENDS_ONLY_ON_THE_JDK = classes().that().resideInAPackage(DOMAIN)
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", DOMAIN)
            .because("the domain is pure Java: no Spring, JPA, Jackson or adapter code");

    static final ArchRule APPLICATION_DEPENDS_ONLY_ON_DOMAIN_AND_TRANSACTIONS = classes().that().resideInAPackage(APPLICATION)
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", DOMAIN, APPLICATION,
                    "org.springframework.transaction.annotation..")
            .because("use cases know the domain and their ports; @Transactional is the one framework annotation allowed");

    static final ArchRule PORTS_DO_NOT_DEPEND_ON_SERVICES = noClasses().that().resideInAnyPackage(PORTS_IN, PORTS_OUT)
            .should().dependOnClassesThat().resideInAPackage(SERVICES)
            .because("ports are the contract; services implement them, never the other way round");

    static final ArchRule ADAPTERS_USE_PORTS_NOT_SERVICES = noClasses().that().resideInAPackage(ADAPTERS)
            .should().dependOnClassesThat().resideInAPackage(SERVICES)
            .because("adapters talk to the application through its ports only");

    static final ArchRule REST_CALLS_ONLY_INBOUND_PORTS = noClasses().that().resideInAPackage(REST)
            .should().dependOnClassesThat().resideInAnyPackage(PORTS_OUT, SERVICES)
            .because("controllers convert and delegate to use cases");

    static final ArchRule ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER = slices().assignedFrom(new AdapterModules())
            .should().notDependOnEachOther()
            .because("each adapter is replaceable on its own");

    static final ArchRule NOTHING_DEPENDS_ON_BOOTSTRAP = noClasses().that().resideOutsideOfPackage(BOOTSTRAP)
            .should().dependOnClassesThat().resideInAPackage(BOOTSTRAP)
            .because("the bootstrap wires everything and is wired by nothing");

    static final ArchRule USE_CASES_LIVE_IN_PORT_IN = classes().that().haveSimpleNameEndingWith("UseCase")
            .should().beInterfaces().andShould().resideInAPackage(PORTS_IN);

    static final ArchRule PORTS_LIVE_IN_PORT_OUT = classes().that().haveSimpleNameEndingWith("Port")
            .should().beInterfaces().andShould().resideInAPackage(PORTS_OUT);

    static final ArchRule ENTITIES_ONLY_IN_PERSISTENCE = noClasses().that().resideOutsideOfPackage(PERSISTENCE)
            .should().beAnnotatedWith(Entity.class);

    static final ArchRule ENTITIES_NEVER_LEAVE_PERSISTENCE = classes().that().areAnnotatedWith(Entity.class)
            .should().onlyHaveDependentClassesThat().resideInAPackage(PERSISTENCE);

    static final ArchRule REST_CONTROLLERS_ONLY_IN_REST = noClasses().that().resideOutsideOfPackage(REST)
            .should().beAnnotatedWith(RestController.class);

    static final ArchRule TRANSACTIONS_ONLY_ON_SERVICE_CLASSES = noClasses().that().resideOutsideOfPackage(SERVICES)
            .should().beAnnotatedWith(Transactional.class)
            .because("one use-case call is one transaction");

    static final ArchRule NO_TRANSACTIONAL_METHODS_OUTSIDE_SERVICES = noMethods().that()
            .areDeclaredInClassesThat().resideOutsideOfPackage(SERVICES)
            .should().beAnnotatedWith(Transactional.class)
            .because("one use-case call is one transaction");

    static final ArchRule NO_PACKAGE_CYCLES = slices().matching(ROOT + ".(**)").should().beFreeOfCycles();

    static final ArchRule NO_FIELD_INJECTION = noFields().that().areDeclaredInClassesThat().resideInAPackage(ROOT + "..")
            .should().beAnnotatedWith("org.springframework.beans.factory.annotation.Autowired")
            .orShould().beAnnotatedWith("org.springframework.beans.factory.annotation.Value")
            .orShould().beAnnotatedWith("jakarta.inject.Inject")
            .because("dependencies arrive through constructors");

    static final ArchRule NO_STANDARD_STREAMS = NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;

    static final ArchRule NO_GENERIC_EXCEPTIONS = NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS;

    /** The adapter modules: a module may hold an inbound and an outbound side (signaling does). */
    static final class AdapterModules implements SliceAssignment {

        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String pkg = javaClass.getPackageName();
            for (String module : new String[] {"rest", "signaling", "openvidu", "persistence"}) {
                if (pkg.startsWith(ROOT + ".adapter.in." + module) || pkg.startsWith(ROOT + ".adapter.out." + module)) {
                    return SliceIdentifier.of(module);
                }
            }
            return SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "adapter modules";
        }
    }

    /** Test jars of other modules (shared fakes and fixtures) are tests too. */
    static final class DoNotIncludeTestJars implements ImportOption {

        @Override
        public boolean includes(Location location) {
            return !location.contains("-tests.jar");
        }
    }

}
