using TeamsQuality.Teams.Activities;

namespace TeamsQuality.Teams.Hosting;

/// <summary>
/// What an invoke whose turn outlives the time budget is answered with at once, while its work goes on (Teams shows it
/// until the card is put in place). Given to <see cref="BotRequestHandler"/> by dependency injection: the host
/// registers its own, in the user's language; the protocol's default (AddBotProtocol) is a neutral "…", since the
/// protocol has no texts.
/// </summary>
public delegate InvokeResponse SlowInvokeAnswer(Activity activity);
