using TeamsQuality.Documents.Rendering;

namespace TeamsQuality.Bot.QualityReports;

/// <summary>
/// Renders a made-up report once in the background after the host has started (<see cref="DocumentWarmUp"/>), so the
/// first download of a quality report is as fast as the next ones (the benchmark's first unit report took 2.7 s, the
/// next ones about 1 s). It does not hold up the start, and a failure here is logged and changes nothing else.
/// Off with <c>Documents:WarmUpAtStart=false</c>.
/// </summary>
internal sealed class DocumentWarmUpService(IConfiguration configuration, ILogger<DocumentWarmUpService> logger) : BackgroundService
{
    public const string Setting = "Documents:WarmUpAtStart";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!configuration.GetValue(Setting, true))
        {
            return;
        }

        try
        {
            await Task.Run(DocumentWarmUp.Run, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host stopped first.
        }
#pragma warning disable CA1031 // a warm-up that fails must not stop the host; the first real render will show the cause
        catch (Exception ex)
#pragma warning restore CA1031
        {
            logger.LogWarning(ex, "Warming up the document renderers failed; the first quality report will take longer.");
        }
    }
}
