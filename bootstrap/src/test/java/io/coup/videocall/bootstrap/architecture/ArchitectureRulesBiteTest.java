package io.coup.videocall.bootstrap.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * A rule that cannot fail guards nothing: each rule is run against classes that deliberately break it (the
 * {@code archfixture} packages of this module's tests) and must report the intended offender.
 */
class ArchitectureRulesBiteTest {

    private static final JavaClasses VIOLATIONS = new ClassFileImporter()
            .withImportOption(location -> location.contains("/archfixture/"))
            .importPackages("io.coup.videocall");

    static Stream<Arguments> rulesAndTheirOffenders() {
        return Stream.of(
                arguments(ArchitectureRules.DOMAIN_DEPENDS_ONLY_ON_THE_JDK, "DomainUsingSpring"),
                arguments(ArchitectureRules.APPLICATION_DEPENDS_ONLY_ON_DOMAIN_AND_TRANSACTIONS, "ApplicationUsingJpa"),
                arguments(ArchitectureRules.PORTS_DO_NOT_DEPEND_ON_SERVICES, "ServiceLeakingContract"),
                arguments(ArchitectureRules.ADAPTERS_USE_PORTS_NOT_SERVICES, "ControllerCallingService"),
                arguments(ArchitectureRules.REST_CALLS_ONLY_INBOUND_PORTS, "LoadSessionPort"),
                arguments(ArchitectureRules.ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER, "RestReachingIntoPersistence"),
                arguments(ArchitectureRules.NOTHING_DEPENDS_ON_BOOTSTRAP, "DependsOnBootstrap"),
                arguments(ArchitectureRules.USE_CASES_LIVE_IN_PORT_IN, "MisplacedUseCase"),
                arguments(ArchitectureRules.USE_CASES_LIVE_IN_PORT_IN, "ConcreteUseCase"),
                arguments(ArchitectureRules.PORTS_LIVE_IN_PORT_OUT, "MisplacedPort"),
                arguments(ArchitectureRules.ENTITIES_ONLY_IN_PERSISTENCE, "EntityInRest"),
                arguments(ArchitectureRules.ENTITIES_NEVER_LEAVE_PERSISTENCE, "RestReachingIntoPersistence"),
                arguments(ArchitectureRules.REST_CONTROLLERS_ONLY_IN_REST, "ControllerInBootstrap"),
                arguments(ArchitectureRules.TRANSACTIONS_ONLY_ON_SERVICE_CLASSES, "TransactionalAdapter"),
                arguments(ArchitectureRules.NO_TRANSACTIONAL_METHODS_OUTSIDE_SERVICES, "TransactionalMethodAdapter"),
                arguments(ArchitectureRules.NO_PACKAGE_CYCLES, "cyclea"),
                arguments(ArchitectureRules.NO_FIELD_INJECTION, "FieldInjected"),
                arguments(ArchitectureRules.NO_STANDARD_STREAMS, "Printer"),
                arguments(ArchitectureRules.NO_GENERIC_EXCEPTIONS, "GenericThrower"));
    }

    @ParameterizedTest(name = "{1} breaks: {0}")
    @MethodSource("rulesAndTheirOffenders")
    void every_rule_reports_a_class_that_breaks_it(ArchRule rule, String offender) {
        assertThatThrownBy(() -> rule.check(VIOLATIONS))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(offender);
    }
}
