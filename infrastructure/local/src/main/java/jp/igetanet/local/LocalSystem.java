package jp.igetanet.local;

import jp.igetanet.core.aws.dynamodb.DynamoAgreements;
import jp.igetanet.core.aws.dynamodb.DynamoAnnouncements;
import jp.igetanet.core.aws.dynamodb.DynamoFacilities;
import jp.igetanet.core.aws.dynamodb.DynamoIncidentReports;
import jp.igetanet.core.aws.dynamodb.DynamoNetworks;
import jp.igetanet.core.aws.dynamodb.DynamoPatients;
import jp.igetanet.core.aws.dynamodb.DynamoPortalContent;
import jp.igetanet.core.aws.dynamodb.DynamoPosts;
import jp.igetanet.core.aws.dynamodb.DynamoProjectPosts;
import jp.igetanet.core.aws.dynamodb.DynamoProjects;
import jp.igetanet.core.aws.dynamodb.DynamoRegistrations;
import jp.igetanet.core.aws.dynamodb.DynamoUserAccounts;
import jp.igetanet.core.aws.dynamodb.DynamoWithdrawals;
import jp.igetanet.local.gateway.Cors;
import jp.igetanet.local.gateway.FunctionHost;
import jp.igetanet.local.gateway.JwtVerifier;
import jp.igetanet.local.gateway.LocalGateway;
import jp.igetanet.local.gateway.Route;
import jp.igetanet.local.gateway.StaticSite;
import jp.igetanet.local.provision.LocalResources;
import jp.igetanet.local.provision.Provisioner;
import jp.igetanet.local.provision.TtlSweeper;
import jp.igetanet.local.seed.DemoCareTeams;
import jp.igetanet.local.seed.DemoPatients;
import jp.igetanet.local.seed.DemoPortal;
import jp.igetanet.local.seed.DemoProjects;
import jp.igetanet.local.seed.DemoSeed;
import jp.igetanet.local.standin.LocalClients;
import jp.igetanet.local.standin.LocalCredentials;
import jp.igetanet.local.standin.StandInOptions;
import jp.igetanet.local.standin.StandIns;
import jp.igetanet.local.template.FunctionSpec;
import jp.igetanet.local.template.HttpApiSpec;
import jp.igetanet.local.template.QueueEventSpec;
import jp.igetanet.local.template.RouteSpec;
import jp.igetanet.local.template.SamTemplate;
import jp.igetanet.local.template.ScheduleSpec;
import jp.igetanet.local.trigger.QueuePoller;
import jp.igetanet.local.trigger.Scheduler;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The whole system on one machine: the stand-ins, every resource of template.yaml, the demo seed, one warm
 * instance of every function loaded from its deployment jar, the TTL sweeper, and what invokes the functions: the
 * local API gateway, a poller for every SQS event and a scheduler for the Schedule events.
 */
public final class LocalSystem implements AutoCloseable {

    public static final Map<String, String> PARAMETERS = Map.of("Stage", "local");
    /** Where the web app's build puts the site (infrastructure/web-app/build.mjs). */
    static final String WEB_APP_FOLDER = "infrastructure/web-app/target/site";
    /** A system property naming another folder with a build of the web app (the run command's --app-dir). */
    static final String WEB_APP_FOLDER_PROPERTY = "igetanet.app-dir";
    /** What the web app's content security policy lets it connect to on AWS. */
    private static final String AWS_ADDRESSES = "https://*.amazonaws.com";
    /** When scheduled functions first run after the start: not during it, and soon enough to be seen. */
    public static final Duration FIRST_SCHEDULED_RUN = Duration.ofMinutes(1);
    /** How often the TTL sweeper runs when it runs by itself. */
    public static final Duration SWEEP_PERIOD = Duration.ofMinutes(1);

    /**
     * Whether the work that AWS does in the background — TTL expiry, the lifecycle, the scheduled functions — runs
     * by itself on its rate, as in the run command, or only when asked ({@link #sweepExpired()},
     * {@link #runScheduled}), as in tests: background deletions between a test's two looks at a table would be
     * taken for changes made by the requests under test.
     */
    public enum Housekeeping { ON_SCHEDULE, ON_DEMAND }

    private final SamTemplate template;
    private final StandIns standIns;
    private final LocalClients clients;
    private final LocalResources resources;
    private final Map<String, FunctionHost> functions;
    private final List<Route> routes;
    private final TtlSweeper sweeper;
    private final LocalGateway gateway;
    private final StaticSite app;
    private final List<QueuePoller> pollers;
    private final Scheduler scheduler;

    private LocalSystem(SamTemplate template, StandIns standIns, LocalClients clients, LocalResources resources,
                        Map<String, FunctionHost> functions, List<Route> routes, TtlSweeper sweeper,
                        LocalGateway gateway, StaticSite app, List<QueuePoller> pollers, Scheduler scheduler) {
        this.template = template;
        this.standIns = standIns;
        this.clients = clients;
        this.resources = resources;
        this.functions = functions;
        this.routes = routes;
        this.sweeper = sweeper;
        this.gateway = gateway;
        this.app = app;
        this.pollers = List.copyOf(pollers);
        this.scheduler = scheduler;
    }

    /** Starts everything with housekeeping on its schedule; the ports may be 0 for free ports. */
    public static LocalSystem start(Path templateFile, StandInOptions options, int apiPort, int sitePort, int appPort)
            throws IOException {
        return start(templateFile, options, apiPort, sitePort, appPort, Housekeeping.ON_SCHEDULE);
    }

    /**
     * Starts everything: the API on {@code apiPort}, the portal site on {@code sitePort} and the web app (as built
     * into infrastructure/web-app/target/site) on {@code appPort}; the ports may be 0 for free ports.
     */
    public static LocalSystem start(Path templateFile, StandInOptions options, int apiPort, int sitePort, int appPort,
                                    Housekeeping housekeeping) throws IOException {
        SamTemplate template = SamTemplate.load(templateFile);
        StandIns standIns = StandIns.start(options);
        try {
            LocalClients clients = LocalClients.connectTo(standIns);
            LocalResources resources = provisionAndSeed(template, standIns, clients);
            functionProperties(template, resources, standIns).forEach(System::setProperty);
            Map<String, FunctionHost> functions = new LinkedHashMap<>();
            List<Route> routes = new ArrayList<>();
            for (FunctionSpec spec : template.functions()) {
                FunctionHost host = new FunctionHost(spec);
                // as SnapStart does when the function version is published
                host.prime();
                functions.put(spec.logicalId(), host);
                for (RouteSpec route : spec.routes()) {
                    routes.add(new Route(route.method(), route.path(), route.publicRoute(), host));
                }
            }
            TtlSweeper sweeper = TtlSweeper.of(template, resources, clients.dynamoDb(), clients.s3());
            if (housekeeping == Housekeeping.ON_SCHEDULE) {
                sweeper.start(SWEEP_PERIOD);
            }
            HttpApiSpec api = template.httpApi().orElseThrow(() -> new IllegalStateException("no HttpApi in the template"));
            LocalGateway gateway = new LocalGateway(routes, authorizer(api, resources, Clock.systemUTC()), cors(api, resources),
                    templateFile.toAbsolutePath().getParent().resolve("infrastructure/portal-site"),
                    new InetSocketAddress("127.0.0.1", apiPort), new InetSocketAddress("127.0.0.1", sitePort),
                    Clock.systemUTC()).start();
            StaticSite app = new StaticSite(Optional.ofNullable(System.getProperty(WEB_APP_FOLDER_PROPERTY)).map(Path::of)
                            .orElse(templateFile.toAbsolutePath().getParent().resolve(WEB_APP_FOLDER)),
                    new InetSocketAddress("127.0.0.1", appPort),
                    () -> appConfig(gateway, standIns, resources),
                    Map.of("Content-Security-Policy", appContentSecurityPolicy(template))).start();
            List<QueuePoller> pollers = new ArrayList<>();
            Map<ScheduleSpec, FunctionHost> schedules = new LinkedHashMap<>();
            for (FunctionSpec spec : template.functions()) {
                for (QueueEventSpec source : spec.queueEvents()) {
                    pollers.add(new QueuePoller(clients.sqs(), resources.queue(source.queueLogicalId()), source,
                            functions.get(spec.logicalId())));
                }
                spec.schedules().forEach(schedule -> schedules.put(schedule, functions.get(spec.logicalId())));
            }
            Scheduler scheduler = new Scheduler(schedules);
            pollers.forEach(QueuePoller::start);
            if (housekeeping == Housekeeping.ON_SCHEDULE) {
                scheduler.start(FIRST_SCHEDULED_RUN);
            }
            return new LocalSystem(template, standIns, clients, resources, functions, routes, sweeper, gateway,
                    app, pollers, scheduler);
        } catch (RuntimeException | IOException e) {
            standIns.close();
            throw e;
        }
    }

    /**
     * What a deployment writes into the web app's config.js (infrastructure/web-app/static/config.js is its template):
     * here the local API, cognito-local's endpoint, the local pool and app client, the portal site and the demo network.
     */
    static String appConfig(LocalGateway gateway, StandIns standIns, LocalResources resources) {
        return "// Written by the local runner: the local API, cognito-local and the demo network.\n"
                + "window.IGETANET_CONFIG = {"
                + "\"apiBase\": \"" + gateway.apiUri() + "\", "
                + "\"cognitoEndpoint\": \"" + standIns.cognitoEndpoint() + "/\", "
                + "\"userPoolId\": \"" + resources.userPoolId() + "\", "
                + "\"clientId\": \"" + resources.userPoolClientId() + "\", "
                + "\"portalUrl\": \"" + gateway.siteUri() + "\", "
                + "\"network\": \"" + DemoSeed.NETWORK_ID + "\"};\n";
    }

    /**
     * The web app's content security policy as the template's AppHeadersPolicy has CloudFront send it, with the AWS
     * addresses it may connect to (API, Cognito, presigned S3) replaced by the local stand-ins on localhost.
     */
    static String appContentSecurityPolicy(SamTemplate template) {
        Map<?, ?> config = (Map<?, ?>) template.properties("AppHeadersPolicy").get("ResponseHeadersPolicyConfig");
        Map<?, ?> security = (Map<?, ?>) config.get("SecurityHeadersConfig");
        String policy = String.valueOf(((Map<?, ?>) security.get("ContentSecurityPolicy")).get("ContentSecurityPolicy"));
        if (!policy.contains(AWS_ADDRESSES)) {
            throw new IllegalStateException("the app's content security policy no longer names " + AWS_ADDRESSES + ": " + policy);
        }
        return policy.replace(AWS_ADDRESSES, "http://localhost:* http://127.0.0.1:*");
    }

    /**
     * The template's authorizer with the issuer the stand-in really uses: the template names Cognito's AWS issuer
     * of the pool, which locally is cognito-local's address with the same pool id.
     */
    static JwtVerifier authorizer(HttpApiSpec api, LocalResources resources, Clock clock) {
        HttpApiSpec.JwtAuthorizerSpec spec = api.authorizers().get(api.defaultAuthorizer()
                .orElseThrow(() -> new IllegalStateException("the HttpApi has no default authorizer")));
        String templateIssuer = resources.intrinsics().resolveString(spec.issuerExpression());
        if (!templateIssuer.endsWith("/" + resources.userPoolId())) {
            throw new IllegalStateException("the authorizer's issuer " + templateIssuer + " is not the user pool");
        }
        List<String> audiences = spec.audienceExpressions().stream()
                .map(expression -> resources.intrinsics().resolveString(expression)).toList();
        return new JwtVerifier(resources.issuer(), audiences, URI.create(resources.jwksUrl()), clock);
    }

    static Cors cors(HttpApiSpec api, LocalResources resources) {
        return api.cors().map(cors -> new Cors(
                        resources.intrinsics().resolveList(cors.allowOriginsExpression()),
                        cors.allowMethods(), cors.allowHeaders(), cors.exposeHeaders(), cors.maxAgeSeconds().orElse(0)))
                .orElse(Cors.none());
    }

    /** Creates every resource of the template on the stand-ins and writes the demo data that is missing. */
    public static LocalResources provisionAndSeed(SamTemplate template, StandIns standIns, LocalClients clients) {
        LocalResources resources = new Provisioner(clients.dynamoDb(), clients.s3(), clients.sqs(), clients.cognito(),
                standIns.issuerDomain()).provision(template, PARAMETERS);
        String table = resources.tableName("DomainTable");
        new DemoSeed(DynamoNetworks.on(clients.dynamoDb(), table), DynamoFacilities.on(clients.dynamoDb(), table),
                DynamoUserAccounts.on(clients.dynamoDb(), table), DynamoRegistrations.on(clients.dynamoDb(), table),
                DynamoAgreements.on(clients.dynamoDb(), table), DynamoIncidentReports.on(clients.dynamoDb(), table),
                clients.cognito(), resources.userPoolId()).apply();
        new DemoPatients(DynamoPatients.on(clients.dynamoDb(), table), DemoCareTeams.on(clients.dynamoDb(), table),
                DynamoPosts.on(clients.dynamoDb(), table),
                DynamoWithdrawals.on(clients.dynamoDb(), table),
                clients.s3(), resources.bucketName("AttachmentsBucket")).apply();
        new DemoPortal(DynamoPortalContent.on(clients.dynamoDb(), table), DynamoAnnouncements.on(clients.dynamoDb(), table))
                .apply();
        new DemoProjects(DynamoProjects.on(clients.dynamoDb(), table), DynamoProjectPosts.on(clients.dynamoDb(), table),
                clients.s3(), resources.bucketName("AttachmentsBucket")).apply(java.time.Instant.now());
        return resources;
    }

    /**
     * The configuration of the functions as system properties (functions share this JVM, and the benchmark's
     * fresh JVMs take them with -D): the template's environment in Micronaut's property form
     * (DOMAIN_TABLE → domain.table), the stand-ins' endpoints, region and credentials.
     */
    public static Map<String, String> functionProperties(SamTemplate template, LocalResources resources,
                                                         StandIns standIns) {
        Map<String, String> properties = new LinkedHashMap<>();
        Map<String, String> shared = null;
        for (FunctionSpec function : template.functions()) {
            Map<String, String> environment = resources.functionEnvironment(function);
            if (shared != null && !shared.equals(environment)) {
                throw new IllegalStateException("Functions run in one JVM locally, so they must share one environment"
                        + " (declare variables under Globals): " + function.logicalId() + " differs");
            }
            shared = environment;
        }
        if (shared != null) {
            shared.forEach((name, value) -> {
                if (!name.startsWith("JAVA_")) {
                    properties.put(name.toLowerCase(Locale.ROOT).replace('_', '.'), value);
                }
            });
        }
        properties.put("aws.endpoint.url.dynamodb", standIns.dynamoDbEndpoint().toString());
        properties.put("aws.endpoint.url.s3", standIns.s3Endpoint().toString());
        properties.put("aws.endpoint.url.cognito.identity.provider", standIns.cognitoEndpoint().toString());
        properties.put("aws.endpoint.url.sqs", standIns.sqsEndpoint().toString());
        properties.put("aws.region", LocalCredentials.REGION.id());
        properties.put("aws.accessKeyId", LocalCredentials.ACCESS_KEY_ID);
        properties.put("aws.secretAccessKey", LocalCredentials.SECRET_ACCESS_KEY);
        return properties;
    }

    /** Signs in as a Cognito user the way a client does and returns the access token. */
    public String signIn(String userName, String password) {
        return signIn(clients, resources.userPoolClientId(), userName, password);
    }

    static String signIn(LocalClients clients, String clientId, String userName, String password) {
        return clients.cognito().initiateAuth(request -> request
                        .authFlow(AuthFlowType.USER_PASSWORD_AUTH)
                        .clientId(clientId)
                        .authParameters(Map.of("USERNAME", userName, "PASSWORD", password)))
                .authenticationResult().accessToken();
    }

    public SamTemplate template() {
        return template;
    }

    public StandIns standIns() {
        return standIns;
    }

    public LocalClients clients() {
        return clients;
    }

    public LocalResources resources() {
        return resources;
    }

    public FunctionHost function(String logicalId) {
        FunctionHost host = functions.get(logicalId);
        if (host == null) {
            throw new IllegalArgumentException("no function " + logicalId + " in the template");
        }
        return host;
    }

    public List<Route> routes() {
        return routes;
    }

    /** Every queue poller: one per SQS event of a function. */
    public List<QueuePoller> pollers() {
        return pollers;
    }

    /** The poller of a function's only SQS event. */
    public QueuePoller poller(String functionLogicalId) {
        List<QueuePoller> own = pollers.stream().filter(p -> p.functionName().equals(functionLogicalId)).toList();
        if (own.size() != 1) {
            throw new IllegalArgumentException(functionLogicalId + " has " + own.size() + " SQS events, not one");
        }
        return own.getFirst();
    }

    /** Deletes now what TTL expiry and the buckets' lifecycle would delete on AWS. */
    public TtlSweeper.Sweep sweepExpired() {
        return sweeper.sweepOnce(java.time.Instant.now());
    }

    /** Runs a function's only schedule once now and returns what the handler returned. */
    public Object runScheduled(String functionLogicalId) {
        return Scheduler.run(function(functionLogicalId), onlySchedule(template, functionLogicalId));
    }

    /** The only schedule of a function (what {@link #runScheduled} and {@link RunScheduled} run). */
    static ScheduleSpec onlySchedule(SamTemplate template, String functionLogicalId) {
        List<ScheduleSpec> schedules = template.function(functionLogicalId)
                .orElseThrow(() -> new IllegalArgumentException("no function " + functionLogicalId + " in the template"))
                .schedules();
        if (schedules.size() != 1) {
            throw new IllegalArgumentException(functionLogicalId + " has " + schedules.size() + " schedules, not one");
        }
        return schedules.getFirst();
    }

    public URI apiUri() {
        return gateway.apiUri();
    }

    public URI siteUri() {
        return gateway.siteUri();
    }

    /** The signed-in web app for clinicians and care staff. */
    public URI appUri() {
        return app.uri();
    }

    @Override
    public void close() {
        pollers.forEach(QueuePoller::close);
        scheduler.close();
        app.close();
        gateway.close();
        sweeper.close();
        for (FunctionHost host : functions.values()) {
            try {
                host.close();
            } catch (IOException ignored) {
                // the class loader of a stopped function is released anyway
            }
        }
        clients.close();
        standIns.close();
    }
}
