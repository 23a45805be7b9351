using Azure.Core;
using Hangfire;
using Hangfire.PostgreSql;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using TeamsQuality.Application;
using TeamsQuality.Application.Actions;
using TeamsQuality.Application.Deviations;
using TeamsQuality.Application.Organisations;
using TeamsQuality.Application.Stops;
using TeamsQuality.Domain.Time;
using TeamsQuality.Jobs.Actions;
using TeamsQuality.Jobs.Deviations;
using TeamsQuality.Jobs.Digest;
using TeamsQuality.Jobs.Organisations;
using TeamsQuality.Jobs.Outboxes;
using TeamsQuality.Jobs.Protocol;
using TeamsQuality.Jobs.SelfChecks;
using TeamsQuality.Jobs.Stops;
using TeamsQuality.Jobs.Tenants;
using TeamsQuality.Jobs.Wheel;
using TeamsQuality.Teams.Connector;

namespace TeamsQuality.Jobs;

public static class JobsExtensions
{
    /// <summary>Hangfire with the configured job storage, the jobs, and (when enabled) a server that runs them.</summary>
    public static IServiceCollection AddTeamsQualityJobs(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(JobsOptions.SectionName).Get<JobsOptions>() ?? new JobsOptions();

        // The Azure deployment passes the PostgreSQL connection string as ConnectionStrings:Hangfire.
        options.PostgreSqlConnectionString ??= configuration.GetConnectionString("Hangfire");
        services.AddOptions<JobsOptions>().Bind(configuration.GetSection(JobsOptions.SectionName));

        // One pooled PostgreSQL data source per process for the shared job storage (the send limiter keeps a small pool
        // of its own on the same database, see AddTeamsQualityOutbox).
        var database = options.Storage == JobStorageKind.PostgreSql ? PostgreSqlDatabase(options, configuration) : null;
        if (database is not null)
        {
            services.AddSingleton(database);
        }

        // Each host keeps its own job storage. Hangfire's configuration is one static per process (JobStorage.Current,
        // the log provider), and Hangfire.NetCore hands a host whatever JobStorage.Current is right after configuring:
        // with several hosts starting side by side in one process (the tests do) a host could get another's storage
        // and run that host's jobs against its own tables. Registered before AddHangfire, this one is used.
        services.AddSingleton(_ => new HostJobStorage(database is null
            ? new Hangfire.InMemory.InMemoryStorage()
            : PostgreSqlStorage(database, options)));
        services.AddSingleton<JobStorage>(provider =>
        {
            provider.GetRequiredService<IGlobalConfiguration>(); // serializer settings and filters before any job is written
            return provider.GetRequiredService<HostJobStorage>().Storage;
        });
        services.AddHangfire((provider, config) =>
        {
            config.UseLogProvider(new HangfireLogs(provider.GetRequiredService<Microsoft.Extensions.Logging.ILoggerFactory>()));
            config.SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                .UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings();
            JobTelemetryFilter.UseIn(config); // a span and a duration per job run
            config.UseStorage(provider.GetRequiredService<HostJobStorage>().Storage);
        });

        // Whether this process runs jobs is read when the host starts, from its whole configuration: a setting a host
        // adds after this registration (WebApplicationFactory's, as the tests do) is seen too. Read here, a bot told
        // Hangfire:ServerEnabled=false still ran every recurring job, delivery included, as a server no one counted.
        var registered = services.Count;
        services.AddHangfireServer((provider, server) =>
        {
            var jobs = provider.GetRequiredService<IOptions<JobsOptions>>().Value;
            server.WorkerCount = Math.Max(1, jobs.WorkerCount);
            server.ServerName = $"teamsquality-{Environment.MachineName}-{Environment.ProcessId}";
            server.SchedulePollingInterval = jobs.SchedulePollingInterval;
        });
        var hangfireServer = services.Count == registered + 1 && services[registered] is { ServiceType: var type, ImplementationFactory: not null } added && type == typeof(IHostedService)
            ? added
            : throw new InvalidOperationException("Hangfire's AddHangfireServer no longer registers one hosted service: see how JobsExtensions decides whether this process runs jobs.");
        services.RemoveAt(registered);
        services.AddTransient<IHostedService>(provider => provider.GetRequiredService<IOptions<JobsOptions>>().Value.ServerEnabled
            ? (IHostedService)hangfireServer.ImplementationFactory!(provider)
            : new NoJobServer());

        services.AddTeamsQualityUseCases();
        services.AddTransient<EachTenant>();
        services.AddTeamsQualityOutbox(configuration);
        services.AddTransient<PruneInboundActivityMarksJob>();
        services.AddTransient<WheelPlanningJob>();
        services.AddTransient<TeamRosterSyncJob>();
        services.AddTransient<DueStopsJob>();
        services.AddTransient<IvoDecisionNudgeJob>();
        services.AddTransient<AssessmentReminderJob>();
        services.AddTransient<DeviationReminderJobs>();
        services.AddTransient<DueSelfChecksJob>();
        services.AddTransient<ActionRemindersJob>();
        services.AddTransient<WeeklyDigestJob>();
        services.AddHostedService<RecurringJobRegistrar>();
        return services;
    }

    /// <summary>This host's job storage, apart from Hangfire's process-wide <see cref="JobStorage.Current"/>.</summary>
    private sealed record HostJobStorage(JobStorage Storage);

    private static PostgreSqlStorage PostgreSqlStorage(JobStorageDatabase database, JobsOptions options)
    {
        database.TryInstallHangfireSchema(); // under an advisory lock, before the storage's own version check
        return new PostgreSqlStorage(database.ConnectionFactory(), JobStorageDatabase.StorageOptions(options));
    }

    private static JobStorageDatabase PostgreSqlDatabase(JobsOptions options, IConfiguration configuration)
    {
        if (string.IsNullOrWhiteSpace(options.PostgreSqlConnectionString))
        {
            throw new InvalidOperationException("Hangfire:Storage is PostgreSql but neither Hangfire:PostgreSqlConnectionString nor ConnectionStrings:Hangfire is set.");
        }

        return JobStorageDatabase.Create(options.PostgreSqlConnectionString, ManagedIdentityOf(options, configuration));
    }

    /// <summary>The managed identity the app runs as (App Service sets AZURE_CLIENT_ID from infra/main.bicep).</summary>
    private static string? ManagedIdentityOf(JobsOptions options, IConfiguration configuration) =>
        string.IsNullOrWhiteSpace(options.ManagedIdentityClientId) ? configuration["AZURE_CLIENT_ID"] : options.ManagedIdentityClientId;

    /// <summary>
    /// The outbox every proactive message goes through, its sender and the immediate attempt after a turn (without
    /// Hangfire, for hosts that wire the jobs themselves).
    /// </summary>
    public static IServiceCollection AddTeamsQualityOutbox(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<JobsOptions>().Bind(configuration.GetSection(JobsOptions.SectionName));
        services.AddOptions<OutboxOptions>().Bind(configuration.GetSection(OutboxOptions.SectionName));

        // The notice adapters are the use cases' ports and read with them; the jobs call the same use cases.
        services.AddTeamsQualityUseCases();
        services.TryAddSingleton<ImmediateDelivery>();
        services.AddHostedService(sp => sp.GetRequiredService<ImmediateDelivery>());
        services.TryAddSingleton<Outbox>();
        services.TryAddTransient<OutboxDeliveryJob>();
        services.TryAddTransient<StopChannelNotices>();
        services.TryAddTransient<IStopNotices>(sp => sp.GetRequiredService<StopChannelNotices>());
        services.TryAddEnumerable(ServiceDescriptor.Transient<IOutboxSentHandler, ActivityFeedNotices>());
        services.TryAddTransient<PersonalChats>();
        services.TryAddSingleton<OutboxDeliveryJob.FailureChecks>();

        // Teams' send limits are kept for all the servers together when they share PostgreSQL (the job storage's).
        var jobs = configuration.GetSection(JobsOptions.SectionName).Get<JobsOptions>() ?? new JobsOptions();
        if (jobs.Storage == JobStorageKind.PostgreSql)
        {
            var connectionString = jobs.PostgreSqlConnectionString ?? configuration.GetConnectionString("Hangfire")
                ?? throw new InvalidOperationException("Hangfire:Storage is PostgreSql but neither Hangfire:PostgreSqlConnectionString nor ConnectionStrings:Hangfire is set.");
            services.RemoveAll<IRateStore>();
            // Built by the container, so disposed with it (its connections closed). It signs in as the job storage does:
            // without a password in the connection string, with the managed identity's Entra token (a TokenCredential in
            // the services stands in for Entra where there is none).
            services.AddSingleton<IRateStore>(provider => new PostgresRateStore(JobStorageDatabase.Create(
                PostgresRateStore.Pooled(connectionString),
                provider.GetService<TokenCredential>() ?? JobStorageDatabase.ManagedIdentity(ManagedIdentityOf(jobs, configuration))).DataSource));
        }

        services.TryAddSingleton<IDeviationNotices, DeviationNotices>();
        services.TryAddSingleton<ActionNotices>();
        services.TryAddSingleton<ISubstituteNotices, SubstituteNotices>();
        services.TryAddSingleton<ITeamRosterSource, TeamsRosterSource>();
        services.TryAddSingleton<IActionNotices>(sp => sp.GetRequiredService<ActionNotices>());
        return services;
    }
}

/// <summary>In place of Hangfire's server in a process that does not run jobs (it still enqueues and registers them).</summary>
internal sealed class NoJobServer : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>Registers the recurring jobs, scheduled in Swedish time, when the host starts.</summary>
internal sealed class RecurringJobRegistrar(IRecurringJobManager recurringJobs, IOptions<JobsOptions> options) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var swedish = new RecurringJobOptions { TimeZone = SwedishTime.Zone };
        recurringJobs.AddOrUpdate<WheelPlanningJob>(
            WheelPlanningJob.RecurringJobId,
            job => job.RunAsync(CancellationToken.None),
            WheelPlanningJob.Schedule,
            swedish);
        recurringJobs.AddOrUpdate<DueStopsJob>(
            DueStopsJob.ScanJobId,
            job => job.ScanAsync(CancellationToken.None),
            options.Value.DueScanSchedule,
            swedish);
        recurringJobs.AddOrUpdate<IvoDecisionNudgeJob>(
            IvoDecisionNudgeJob.RecurringJobId,
            job => job.RunAsync(CancellationToken.None),
            IvoDecisionNudgeJob.Schedule,
            swedish);
        recurringJobs.AddOrUpdate<AssessmentReminderJob>(
            AssessmentReminderJob.RecurringJobId,
            job => job.RunAsync(CancellationToken.None),
            AssessmentReminderJob.Schedule,
            swedish);
        recurringJobs.AddOrUpdate<OutboxDeliveryJob>(
            OutboxDeliveryJob.RecurringJobId,
            job => job.RunAsync(CancellationToken.None),
            OutboxDeliveryJob.Schedule,
            swedish);

        // The stop nudges' own sender before the outbox took over every proactive message: gone from shared job storage.
        recurringJobs.RemoveIfExists("deliver-stop-nudges");
        recurringJobs.AddOrUpdate<TeamRosterSyncJob>(
            TeamRosterSyncJob.RecurringJobId,
            job => job.RunAsync(CancellationToken.None),
            TeamRosterSyncJob.Schedule,
            swedish);
        recurringJobs.AddOrUpdate<PruneInboundActivityMarksJob>(
            PruneInboundActivityMarksJob.RecurringJobId,
            job => job.RunAsync(CancellationToken.None),
            PruneInboundActivityMarksJob.Schedule,
            swedish);
        recurringJobs.AddOrUpdate<DueSelfChecksJob>(
            DueSelfChecksJob.RecurringJobId,
            job => job.RunAsync(CancellationToken.None),
            DueSelfChecksJob.Schedule,
            swedish);
        recurringJobs.AddOrUpdate<ActionRemindersJob>(
            ActionRemindersJob.RecurringJobId,
            job => job.RunAsync(CancellationToken.None),
            ActionRemindersJob.Schedule,
            swedish);
        recurringJobs.AddOrUpdate<WeeklyDigestJob>(
            WeeklyDigestJob.RecurringJobId,
            job => job.RunAsync(CancellationToken.None),
            WeeklyDigestJob.Schedule,
            swedish);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
