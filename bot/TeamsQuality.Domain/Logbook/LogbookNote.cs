namespace TeamsQuality.Domain.Logbook;

/// <summary>
/// A note of learning from daily work (loggbok), written by anyone in a unit at any time under a stop's theme; the
/// notes are material when that stop comes.
/// </summary>
public sealed record LogbookNote(string Id, string UnitId, int StopNumber, string Theme, string AuthorId, string AuthorName, string Text, DateTimeOffset At);
