using TeamsQuality.Teams.Activities;

namespace TeamsQuality.Playground;

/// <summary>
/// The messages of one playground conversation (a personal chat, or a whole channel with its threads), in the order
/// they were delivered. Each entry has a watermark; an updated message gets a new watermark so that clients polling
/// from an older watermark receive it again, with the same id. A message's watermark is thus also its version: it
/// grows with each change (the page gets it as <see cref="PlaygroundChannel.VersionKey"/>).
/// </summary>
public sealed class Transcript
{
    private readonly object _gate = new();
    private readonly List<Entry> _entries = [];
    private long _watermark;

    public sealed record Entry(long Watermark, Activity Activity, string TeamsConversationId);

    public bool IsEmpty
    {
        get
        {
            lock (_gate)
            {
                return _entries.Count == 0;
            }
        }
    }

    public void Append(Activity activity, string teamsConversationId)
    {
        lock (_gate)
        {
            _entries.Add(new Entry(++_watermark, activity, teamsConversationId));
        }
    }

    /// <summary>Replaces a message in place; false when there is no message with that id.</summary>
    public bool Replace(string activityId, Func<Activity, Activity> replace)
    {
        lock (_gate)
        {
            var index = _entries.FindIndex(e => e.Activity.Id == activityId);
            if (index < 0)
            {
                return false;
            }

            var old = _entries[index];
            _entries.RemoveAt(index);
            _entries.Add(old with { Watermark = ++_watermark, Activity = replace(old.Activity) });
            return true;
        }
    }

    public Entry? Find(string activityId)
    {
        lock (_gate)
        {
            return _entries.Find(e => e.Activity.Id == activityId);
        }
    }

    /// <summary>Everything delivered after the watermark, and the new watermark.</summary>
    public (IReadOnlyList<Entry> Entries, long Watermark) Since(long watermark)
    {
        lock (_gate)
        {
            return (_entries.Where(e => e.Watermark > watermark).ToList(), _watermark);
        }
    }
}
