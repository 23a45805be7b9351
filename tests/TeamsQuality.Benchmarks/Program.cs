using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using TeamsQuality.Benchmarks.Infrastructure;
using TeamsQuality.Benchmarks.Scenarios;

namespace TeamsQuality.Benchmarks;

/// <summary>
/// Prints figures for the daily due scan (issue 3, item 10), the self-check scan and action reminders (issue 10) and the
/// step submit, the management view and the quality report (issue 11): table requests by kind, connector
/// calls, wall time, latency percentiles. Starts its own Azurite and a fake Teams connector on loopback, stops them at
/// the end. Nothing is asserted: timings are for reading, not for failing a build.
/// </summary>
public static class Program
{
    public const string Usage = """
        TeamsQuality benchmarks: table requests, connector calls and time for the daily due scan, the self-check scan and
        action reminders of the same morning, the step submit, the management view's first page in the tab, and the
        quality report (compiled, Word, PDF) for the largest unit-year and for the administration.

        Usage: dotnet run -c Release --project tests/TeamsQuality.Benchmarks [-- options]

        Options:
          --units N            units in the tenant, each with 10 stops (Vetlanda's wheel)   default 300
          --staff N            staff (medarbetare) per unit, besides its manager            default 2
          --submits N          submits per case in scenario 2                               default 200
          --prior N            contributions already on the stop in scenario 2's 2nd case   default 20
          --contributors N     people contributing at once in scenario 3                    default 10
          --per-contributor N  submits each of them makes in scenario 3                     default 10
          --points N           control points per unit's self-check plan in scenario 1b     default 40
          --actions N          open actions per unit in scenario 1b                         default 10
          --tenants N          tenants in scenario 1c (the many-tenant scan)               default 300
          --tenant-units N     units in each of them                                        default 40
          --fanout N           messages in the one tenant of scenario 7 (0: not run)       default 5000
          --fanout-tenants N   tenants in scenario 7's second case (100 messages each; 0: not run) default 50
          --fanout-rate N      Teams' limit per tenant (requests a second) in scenario 7    default 50
          --fanout-low-rate N  a lower limit for the many-tenant case as well, for a machine
                               that cannot drive tenants × rate (0: not run)                default 3
          --scenario LIST      scan, followups, submit, concurrent, overview, report, tenants, fanout or all
                               (comma-separated, default all; followups: scenario 1b, the self-check scan and
                               action reminders; overview: scenario 5, the management view's first page in the
                               tab; report: scenario 6, the quality report compiled and rendered in Word and PDF;
                               tenants: scenario 1c, planning and the due scan over many tenants; fanout:
                               scenario 7, many messages against Teams' limits, two senders)
          -h, --help           this text

        Needs the tools from eng/install-tools.sh (Azurite in tools/node). Prints plain-text tables to stdout.
        """;

    public static async Task<int> Main(string[] args)
    {
        Options options;
        try
        {
            options = Options.Parse(args);
        }
        catch (ArgumentException ex)
        {
            await Console.Error.WriteLineAsync(ex.Message);
            await Console.Error.WriteLineAsync();
            await Console.Error.WriteLineAsync(Usage);
            return 2;
        }

        if (options.Help)
        {
            Console.WriteLine(Usage);
            return 0;
        }

        var root = RepoRoot.Find();
        var tool = root is null ? null : Azurite.FindTool(root);
        if (tool is null)
        {
            await Console.Error.WriteLineAsync(
                $"Azurite is missing ({(root is null ? "tools/node" : Path.Combine(root, "tools", "node"))}/node_modules/.bin/azurite-table): run eng/install-tools.sh first (./run and ./test do).");
            return 2;
        }

        // Ctrl-C and SIGTERM cancel the run, so Azurite and the fake connector are still stopped.
        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            cancel.Cancel();
        });

        var total = Stopwatch.StartNew();
        var output = Console.Out;
        await using var azurite = await Azurite.StartAsync(tool, cancel.Token);

        // The fan-out (scenario 7) has its own tenants, senders, stand-in Teams and PostgreSQL: it runs first, apart.
        if (options.Runs("fanout"))
        {
            output.WriteLine($"# TeamsQuality benchmarks, fan-out ({DateTime.Now:yyyy-MM-dd HH:mm}, {Environment.ProcessorCount} cores, .NET {Environment.Version}, Azurite in memory on 127.0.0.1:{azurite.Port})");
            output.WriteLine($"# {options}");
            output.WriteLine();
            List<FanOutBenchmark.Case> cases = [];
            if (options.FanOut > 0)
            {
                cases.Add(new($"1 tenant × {options.FanOut}", 1, options.FanOut, options.FanOutRate));
            }

            if (options.FanOutTenants > 0)
            {
                cases.Add(new($"{options.FanOutTenants} tenants × 100", options.FanOutTenants, 100, options.FanOutRate));
            }

            if (options.FanOutLowRate > 0 && options.FanOutTenants > 0)
            {
                cases.Add(new($"{options.FanOutTenants} tenants × 100 at {options.FanOutLowRate}/s", options.FanOutTenants, 100, options.FanOutLowRate));
            }

            await FanOutBenchmark.RunAsync(azurite, cases, output, cancel.Token);
            if (options.Scenarios.Count == 1)
            {
                output.WriteLine($"Total: {TextTable.Milliseconds(total.Elapsed)}");
                return 0;
            }
        }

        await using var connector = new FakeConnector();
        await connector.StartAsync(cancel.Token);
        try
        {
            output.WriteLine($"# TeamsQuality benchmarks ({DateTime.Now:yyyy-MM-dd HH:mm}, {Environment.ProcessorCount} cores, .NET {Environment.Version}, Azurite in memory on 127.0.0.1:{azurite.Port}, fake Teams connector on 127.0.0.1:{connector.Port})");
            output.WriteLine($"# {options}");
            output.WriteLine();

            var setup = Stopwatch.StartNew();
            await using var world = await BenchmarkWorld.CreateAsync(azurite, connector, "b" + Guid.NewGuid().ToString("N")[..8], options.Units, options.Staff, cancel.Token);
            var planning = await DueScanBenchmark.PlanAsync(world, cancel.Token);
            output.WriteLine($"Setup (organisation, conversation references, the year planned): {TextTable.Milliseconds(setup.Elapsed)}");
            output.WriteLine();

            if (options.Runs("scan"))
            {
                await DueScanBenchmark.RunAsync(world, planning, output, cancel.Token);
            }

            if (options.Runs("followups"))
            {
                var written = Stopwatch.StartNew();
                var plans = await FollowUpBenchmark.SetUpAsync(world, options.Points, options.Actions, cancel.Token);
                output.WriteLine($"Setup of scenario 1b (self-check plans, actions with their due index, staff's conversation references): {TextTable.Milliseconds(written.Elapsed)}");
                output.WriteLine();
                await FollowUpBenchmark.RunAsync(world, plans, options.Actions, output, cancel.Token);
            }

            var pool = new StopPool(world, DueScanBenchmark.WheelYear);
            world.Clock.Set(BenchmarkClock.Swedish(DueScanBenchmark.DueDay.AddDays(3), 10, 0));
            if (options.Runs("submit"))
            {
                await SubmitBenchmark.RunAsync(world, options.Submits, options.Prior, pool, output, cancel.Token);
            }

            if (options.Runs("concurrent"))
            {
                await ConcurrentContributorsBenchmark.RunAsync(world, options.Contributors, options.PerContributor, pool, output, cancel.Token);
            }

            // After the submit scenarios: it finishes and starts stops of the year they write in, and moves the clock to June.
            // The report (scenario 6) needs scenario 5's year too: it is written once for both.
            if (options.Runs("overview") || options.Runs("report"))
            {
                var written = Stopwatch.StartNew();
                await OverviewBenchmark.SetUpAsync(world, cancel.Token);
                output.WriteLine($"Setup of scenario 5 (a year of stops, self-checks, actions, risks and reports): {TextTable.Milliseconds(written.Elapsed)}");
                output.WriteLine();
            }

            if (options.Runs("overview"))
            {
                await OverviewBenchmark.RunAsync(world, output, cancel.Token);
            }

            // After the overview: it moves the clock to December and makes the first unit the largest unit-year.
            if (options.Runs("report"))
            {
                var written = Stopwatch.StartNew();
                var largest = await ReportBenchmark.SetUpAsync(world, cancel.Token);
                output.WriteLine($"Setup of scenario 6 (the largest unit-year: {ReportBenchmark.Reports} reports, its stops finished, results, {ReportBenchmark.Actions} actions): {TextTable.Milliseconds(written.Elapsed)}");
                output.WriteLine();
                await ReportBenchmark.RunAsync(world, largest, output, cancel.Token);
            }

            // The many-tenant shape (issue 12) in tables of its own, last: its setup and its busy day are the longest.
            if (options.Runs("tenants"))
            {
                var written = Stopwatch.StartNew();
                await using var many = await BenchmarkWorld.CreateManyAsync(
                    azurite, connector, "m" + Guid.NewGuid().ToString("N")[..8], options.Tenants, options.TenantUnits, options.Staff, cancel.Token);
                var manyPlanning = await DueScanBenchmark.PlanAsync(many, cancel.Token);
                output.WriteLine($"Setup of scenario 1c ({options.Tenants} organisations, their conversation references, the year planned): {TextTable.Milliseconds(written.Elapsed)}");
                output.WriteLine();
                await DueScanBenchmark.RunAsync(many, manyPlanning, output, cancel.Token, "1c. Daily due scan, many tenants");
            }

            output.WriteLine($"Total: {TextTable.Milliseconds(total.Elapsed)}");
            return 0;
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            await Console.Error.WriteLineAsync("Cancelled.");
            return 130;
        }
    }

    public sealed record Options(
        int Units, int Staff, int Submits, int Prior, int Contributors, int PerContributor, int Points, int Actions, IReadOnlySet<string> Scenarios, bool Help,
        int Tenants = 300, int TenantUnits = 40)
    {
        private static readonly string[] Known = ["scan", "followups", "submit", "concurrent", "overview", "report", "tenants", "fanout"];

        public int FanOut { get; init; } = 5000;

        public int FanOutTenants { get; init; } = 50;

        public int FanOutRate { get; init; } = 50;

        public int FanOutLowRate { get; init; } = 3;

        public bool Runs(string scenario) => Scenarios.Contains(scenario);

        public override string ToString() =>
            $"--units {Units} --staff {Staff} --submits {Submits} --prior {Prior} --contributors {Contributors} --per-contributor {PerContributor} --points {Points} --actions {Actions} --tenants {Tenants} --tenant-units {TenantUnits} --fanout {FanOut} --fanout-tenants {FanOutTenants} --fanout-rate {FanOutRate} --fanout-low-rate {FanOutLowRate} --scenario {string.Join(',', Known.Where(Scenarios.Contains))}";

        public static Options Parse(string[] args)
        {
            var o = new Options(300, 2, 200, 20, 10, 10, 40, 10, Known.ToHashSet(StringComparer.Ordinal), false);
            for (var i = 0; i < args.Length; i++)
            {
                var arg = args[i];
                string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{arg} needs a value.");
                int Number(int min, int max)
                {
                    var text = Value();
                    return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max
                        ? n
                        : throw new ArgumentException($"{arg} takes a whole number from {min} to {max}, not '{text}'.");
                }

                o = arg switch
                {
                    "-h" or "--help" or "-?" => o with { Help = true },
                    "--units" => o with { Units = Number(1, 10_000) },
                    "--staff" => o with { Staff = Number(0, 100) },
                    "--submits" => o with { Submits = Number(1, 100_000) },
                    "--prior" => o with { Prior = Number(1, 40) },
                    "--contributors" => o with { Contributors = Number(1, 200) },
                    "--per-contributor" => o with { PerContributor = Number(1, 1000) },
                    // A plan with its history is saved in one transaction of at most 100 rows: 49 points, 49 history rows, the head.
                    "--points" => o with { Points = Number(1, 49) },
                    "--actions" => o with { Actions = Number(0, 200) },
                    "--tenants" => o with { Tenants = Number(1, 1000) },
                    "--tenant-units" => o with { TenantUnits = Number(1, 1000) },
                    "--fanout" => o with { FanOut = Number(0, 100_000) },
                    "--fanout-tenants" => o with { FanOutTenants = Number(0, 1000) },
                    "--fanout-rate" => o with { FanOutRate = Number(1, 1000) },
                    "--fanout-low-rate" => o with { FanOutLowRate = Number(0, 1000) },
                    "--scenario" or "--scenarios" => o with { Scenarios = ParseScenarios(Value()) },
                    _ => throw new ArgumentException($"Unknown option '{arg}'."),
                };
            }

            return o;
        }

        private static HashSet<string> ParseScenarios(string list)
        {
            var names = list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(n => n.ToLowerInvariant()).ToList();
            if (names.Contains("all"))
            {
                return Known.ToHashSet(StringComparer.Ordinal);
            }

            var unknown = names.Where(n => !Known.Contains(n)).ToList();
            return unknown.Count > 0 || names.Count == 0
                ? throw new ArgumentException($"--scenario takes scan, followups, submit, concurrent, overview, report, tenants, fanout or all (comma-separated), not '{list}'.")
                : names.ToHashSet(StringComparer.Ordinal);
        }
    }
}
