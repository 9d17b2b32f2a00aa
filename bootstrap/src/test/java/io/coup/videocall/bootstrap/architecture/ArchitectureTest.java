package io.coup.videocall.bootstrap.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Runs every rule against the production classes of all modules. */
@AnalyzeClasses(packages = "io.coup.videocall",
        importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureRules.DoNotIncludeTestJars.class})
class ArchitectureTest {

    @ArchTest
    static final ArchRule domain_depends_only_on_the_jdk = ArchitectureRules.DOMAIN_DEPENDS_ONLY_ON_THE_JDK;
    @ArchTest
    static final ArchRule application_depends_only_on_domain_and_transactions = ArchitectureRules.APPLICATION_DEPENDS_ONLY_ON_DOMAIN_AND_TRANSACTIONS;
    @ArchTest
    static final ArchRule ports_do_not_depend_on_services = ArchitectureRules.PORTS_DO_NOT_DEPEND_ON_SERVICES;
    @ArchTest
    static final ArchRule adapters_use_ports_not_services = ArchitectureRules.ADAPTERS_USE_PORTS_NOT_SERVICES;
    @ArchTest
    static final ArchRule rest_calls_only_inbound_ports = ArchitectureRules.REST_CALLS_ONLY_INBOUND_PORTS;
    @ArchTest
    static final ArchRule adapters_do_not_depend_on_each_other = ArchitectureRules.ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER;
    @ArchTest
    static final ArchRule nothing_depends_on_bootstrap = ArchitectureRules.NOTHING_DEPENDS_ON_BOOTSTRAP;
    @ArchTest
    static final ArchRule use_cases_live_in_port_in = ArchitectureRules.USE_CASES_LIVE_IN_PORT_IN;
    @ArchTest
    static final ArchRule ports_live_in_port_out = ArchitectureRules.PORTS_LIVE_IN_PORT_OUT;
    @ArchTest
    static final ArchRule entities_only_in_persistence = ArchitectureRules.ENTITIES_ONLY_IN_PERSISTENCE;
    @ArchTest
    static final ArchRule entities_never_leave_persistence = ArchitectureRules.ENTITIES_NEVER_LEAVE_PERSISTENCE;
    @ArchTest
    static final ArchRule rest_controllers_only_in_rest = ArchitectureRules.REST_CONTROLLERS_ONLY_IN_REST;
    @ArchTest
    static final ArchRule transactions_only_on_service_classes = ArchitectureRules.TRANSACTIONS_ONLY_ON_SERVICE_CLASSES;
    @ArchTest
    static final ArchRule no_transactional_methods_outside_services = ArchitectureRules.NO_TRANSACTIONAL_METHODS_OUTSIDE_SERVICES;
    @ArchTest
    static final ArchRule no_package_cycles = ArchitectureRules.NO_PACKAGE_CYCLES;
    @ArchTest
    static final ArchRule no_field_injection = ArchitectureRules.NO_FIELD_INJECTION;
    @ArchTest
    static final ArchRule no_standard_streams = ArchitectureRules.NO_STANDARD_STREAMS;
    @ArchTest
    static final ArchRule no_generic_exceptions = ArchitectureRules.NO_GENERIC_EXCEPTIONS;
}
