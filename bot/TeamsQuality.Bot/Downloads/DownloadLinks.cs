using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using TeamsQuality.Cards;

namespace TeamsQuality.Bot.Downloads;

/// <summary>
/// What a download link stands for: who asked for which document, in which format and language, until when. The link
/// carries no content and names nobody but the asker's ids; the document is made again when the link is opened, for
/// that person, with what they may see then (<see cref="IDownloadSource"/>), so nothing sensitive is kept as a file.
/// </summary>
/// <param name="Kind">The source that makes it, e.g. <c>kvalitetsberattelse</c> or <c>ivo</c>.</param>
/// <param name="Subject">What of that kind, e.g. <c>enhet:hemtjanst-norra:2027</c> or a report reference.</param>
/// <param name="Format">e.g. <c>docx</c> or <c>pdf</c>.</param>
/// <param name="Language">The asker's language, <c>sv</c> or <c>en</c>.</param>
public sealed record DownloadTicket(string Tenant, string PersonId, string Kind, string Subject, string Format, string Language, DateTimeOffset Expires)
{
    public UiLanguage UiLanguage => Language == "en" ? UiLanguage.English : UiLanguage.Swedish;
}

/// <summary>A made document, ready to be served.</summary>
public sealed record DownloadFile(string FileName, string ContentType, byte[] Content)
{
    public const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public const string Pdf = "application/pdf";
}

/// <summary>Makes one kind of document for a ticket; null when the person may not (or no longer) have it, or it does not exist.</summary>
public interface IDownloadSource
{
    string Kind { get; }

    Task<DownloadFile?> CreateAsync(DownloadTicket ticket, CancellationToken cancellationToken);
}

/// <summary>
/// Download links: <c>{App:PublicBaseUrl}/files/{token}</c>, where the token is the ticket and an HMAC-SHA256 over it.
/// Short-lived (<see cref="DownloadOptions.Lifetime"/>): a card that offers a document makes the link when it is
/// shown, and the link is useless after. All servers must share <see cref="DownloadOptions.SigningKey"/> (Key Vault);
/// without one a random key is made at start, which does for one local process.
/// </summary>
public sealed class DownloadLinks
{
    public const string Path = "/files";

    private readonly byte[] _key;
    private readonly DownloadOptions _options;
    private readonly TimeProvider _time;

    public DownloadLinks(IOptions<DownloadOptions> options, IConfiguration configuration, TimeProvider time)
    {
        _options = options.Value;
        _time = time;
        _key = string.IsNullOrWhiteSpace(_options.SigningKey) ? RandomNumberGenerator.GetBytes(32) : Convert.FromBase64String(_options.SigningKey);
        BaseUrl = (configuration["App:PublicBaseUrl"] is { Length: > 0 } url ? url : "http://localhost:3978").TrimEnd('/');
    }

    /// <summary>The app's public address the links start with.</summary>
    public string BaseUrl { get; }

    /// <summary>A link to the document, valid for the configured lifetime from now.</summary>
    public string Create(string tenant, string personId, string kind, string subject, string format, UiLanguage language)
    {
        var ticket = new DownloadTicket(tenant, personId, kind, subject, format, language.Tag(), _time.GetUtcNow().Add(_options.Lifetime));
        return $"{BaseUrl}{Path}/{Token(ticket)}";
    }

    /// <summary>The token of a ticket (the link's last part).</summary>
    public string Token(DownloadTicket ticket)
    {
        var payload = JsonSerializer.SerializeToUtf8Bytes(ticket);
        return Base64Url(payload) + "." + Base64Url(HMACSHA256.HashData(_key, payload));
    }

    /// <summary>The ticket of a token the app made, or null (<paramref name="expired"/> says whether it was one of ours that ran out).</summary>
    public DownloadTicket? Read(string token, out bool expired)
    {
        expired = false;
        var parts = token.Split('.');
        if (parts.Length != 2 || !TryFromBase64Url(parts[0], out var payload) || !TryFromBase64Url(parts[1], out var signature))
        {
            return null;
        }

        if (!CryptographicOperations.FixedTimeEquals(HMACSHA256.HashData(_key, payload), signature))
        {
            return null;
        }

        DownloadTicket? ticket;
        try
        {
            ticket = JsonSerializer.Deserialize<DownloadTicket>(payload);
        }
        catch (JsonException)
        {
            return null;
        }

        if (ticket is null)
        {
            return null;
        }

        if (ticket.Expires <= _time.GetUtcNow())
        {
            expired = true;
            return null;
        }

        return ticket;
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static bool TryFromBase64Url(string text, out byte[] bytes)
    {
        var padded = text.Replace('-', '+').Replace('_', '/');
        padded += new string('=', (4 - (padded.Length % 4)) % 4);
        bytes = new byte[padded.Length];
        if (!Convert.TryFromBase64String(padded, bytes, out var written))
        {
            return false;
        }

        bytes = bytes[..written];
        return true;
    }
}

/// <summary>Download links (configuration section <c>Downloads</c>).</summary>
public sealed class DownloadOptions
{
    public const string SectionName = "Downloads";

    /// <summary>The HMAC key, base64, at least 32 bytes, the same on every server; empty: a random key per process.</summary>
    public string? SigningKey { get; set; }

    /// <summary>How long a link works after it was made.</summary>
    public TimeSpan Lifetime { get; set; } = TimeSpan.FromMinutes(15);
}

/// <summary>What a download link answers when it gives no file: a short page in the asker's language.</summary>
internal static class DownloadTexts
{
    public static string Expired(UiLanguage language) => language == UiLanguage.English
        ? "The link has expired. Ask for the document again in Teams."
        : "Länken har gått ut. Be om dokumentet igen i Teams.";

    public static string Invalid(UiLanguage language) => language == UiLanguage.English
        ? "The link is not valid. Ask for the document again in Teams."
        : "Länken gäller inte. Be om dokumentet igen i Teams.";

    public static string NotAvailable(UiLanguage language) => language == UiLanguage.English
        ? "The document is not available to you. Ask for it again in Teams."
        : "Dokumentet finns inte för dig. Be om det igen i Teams.";

    public static string Page(UiLanguage language, string message) =>
        $"<!DOCTYPE html><html lang=\"{language.Tag()}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>TeamsQuality</title></head>"
        + $"<body style=\"font-family:sans-serif;margin:2rem\"><p role=\"alert\">{System.Net.WebUtility.HtmlEncode(message)}</p></body></html>";
}
