using Azure;
using Azure.Data.Tables;
using TeamsQuality.Domain.Organisations;

namespace TeamsQuality.Storage.Organisations;

/// <summary>
/// The organisation aggregate (the administration, its units and people) of one tenant, kept in one partition:
/// it loads with one query and saves in one transaction. Each change is kept in the same partition's history (who,
/// when, what), written in the same transaction as the change. Every change is conditional on the head row's ETag and
/// rewrites the head, so two changes at once never undo each other (the second is decided again on what the first
/// left), and the head's ETag is the organisation's version (<see cref="VersionAsync"/>).
/// </summary>
public sealed class OrganisationRepository(TableStore tables)
{
    /// <summary>Operations in one entity group transaction, at most.</summary>
    private const int TransactionLimit = 100;

    /// <summary>How long a change written in several transactions holds the organisation before others may change it again.</summary>
    private static readonly TimeSpan WriteLease = TimeSpan.FromSeconds(30);

    public async Task<Organisation?> FindAsync(TenantId tenant, CancellationToken cancellationToken) =>
        (await LoadAsync(tenant, cancellationToken))?.Organisation;

    /// <summary>The organisation with its version (the head row's ETag as it was read with it); null when the tenant has none.</summary>
    public async Task<(Organisation Organisation, string Version)?> FindVersionedAsync(TenantId tenant, CancellationToken cancellationToken) =>
        await LoadAsync(tenant, cancellationToken) is { } loaded ? (loaded.Organisation, loaded.HeadETag.ToString()) : null;

    /// <summary>
    /// The organisation's version, by one point read of its head row: it changes with every change, so a copy kept
    /// elsewhere is current exactly when its version is this one. Null when the tenant has no organisation.
    /// </summary>
    public async Task<string?> VersionAsync(TenantId tenant, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableKeys.OrganisationTable, cancellationToken);
        var head = await table.GetEntityIfExistsAsync<TableEntity>(TableKeys.TenantPartition(tenant.Value), TableKeys.OrganisationRow, ["Version"], cancellationToken);
        return head.HasValue ? head.Value!.ETag.ToString() : null;
    }

    /// <summary>
    /// Changes the organisation (or creates it, when the tenant has none): reads it once, lets
    /// <paramref name="decide"/> (the domain) decide, and writes the rows that changed with the history rows in one
    /// transaction conditional on the head row's ETag; when someone changed the organisation meanwhile, it is read again
    /// and decided again. A refusal (an exception from <paramref name="decide"/>) and a decision with no history write
    /// nothing.
    /// </summary>
    /// <remarks>
    /// A change larger than one transaction (an import of more than about 45 people, Teams removing that many) is
    /// written in several, each holding the head row too: the first takes the head (conditional on the ETag read) and
    /// marks it as being written until <see cref="WriteLease"/> from now, each next one is conditional on the head's
    /// ETag the one before left, and the last clears the mark. Others who want to change the organisation meanwhile
    /// wait for the mark to go (<see cref="LoadForChangeAsync"/>), so nobody decides on half a change. Each transaction
    /// holds whole rows with their own history rows (a person added and the entry saying so), units before people, so
    /// even a change cut short by a crash leaves an organisation that loads and a history that tells what was saved;
    /// the next change may go on after the lease.
    /// </remarks>
    /// <exception cref="ConcurrencyConflictException">The organisation kept changing, or a change in several transactions was cut short after its first.</exception>
    public async Task<OrganisationChanged> ChangeAsync(TenantId tenant, Func<Organisation?, OrganisationChanged> decide, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableKeys.OrganisationTable, cancellationToken);
        var partition = TableKeys.TenantPartition(tenant.Value);
        for (var attempt = 1; ; attempt++)
        {
            var loaded = await LoadForChangeAsync(tenant, cancellationToken);
            var decided = decide(loaded?.Organisation);
            if (!decided.Changed)
            {
                return decided;
            }

            if (decided.Organisation.Tenant != tenant)
            {
                throw new InvalidOperationException("A change keeps the organisation in its tenant.");
            }

            var version = (loaded?.Version ?? 0) + 1;
            var batches = Batches(partition, loaded, decided, version);
            var head = (Version: version, decided.Organisation);
            try
            {
                var first = await table.SubmitTransactionAsync(
                    [HeadAction(partition, head, loaded?.HeadETag, batches.Count > 1 ? DateTimeOffset.UtcNow + WriteLease : null), .. batches[0]],
                    cancellationToken);
                var etag = first.Value[0].Headers.ETag ?? throw new InvalidOperationException("The head row came back without an ETag.");
                for (var i = 1; i < batches.Count; i++)
                {
                    var last = i == batches.Count - 1;
                    try
                    {
                        var next = await table.SubmitTransactionAsync([HeadAction(partition, head, etag, last ? null : DateTimeOffset.UtcNow + WriteLease), .. batches[i]], cancellationToken);
                        etag = next.Value[0].Headers.ETag ?? etag;
                    }
                    catch (TableTransactionFailedException ex) when (ex.Status is 412 or 409)
                    {
                        throw new ConcurrencyConflictException($"The organisation of {tenant} was changed by someone else after {i} of {batches.Count} parts of a change were saved.", ex);
                    }
                }

                return decided;
            }
            catch (TableTransactionFailedException ex) when (ex.Status is 412 or 409 && attempt < 5)
            {
                // Changed (or created) meanwhile: read again and decide again.
            }
            catch (TableTransactionFailedException ex) when (ex.Status is 412 or 409)
            {
                throw new ConcurrencyConflictException($"The organisation of {tenant} kept changing.", ex);
            }
        }
    }

    /// <summary>The organisation's history, newest first, a page at a time.</summary>
    /// <param name="tenant">Whose.</param>
    /// <param name="size">Entries per page (1–200).</param>
    /// <param name="after">The <see cref="HistoryPage.Next"/> of the page before; null for the newest.</param>
    /// <param name="cancellationToken">The request's.</param>
    public async Task<HistoryPage> HistoryAsync(TenantId tenant, int size, string? after, CancellationToken cancellationToken)
    {
        size = Math.Clamp(size, 1, 200);
        var table = await tables.GetAsync(TableKeys.OrganisationTable, cancellationToken);
        var partition = TableKeys.TenantPartition(tenant.Value);
        var end = TableKeys.RangeEnd(TableKeys.OrganisationLogFrom);

        // A page mark from anywhere else than this range starts at the newest (it is only a row key, never trusted further).
        var from = after is not null && after.StartsWith(TableKeys.OrganisationLogFrom, StringComparison.Ordinal) && string.CompareOrdinal(after, end) < 0 ? after : null;
        var entries = new List<(string Key, HistoryEntry Entry)>();
        var query = from is null
            ? table.QueryAsync<TableEntity>(e => e.PartitionKey == partition && e.RowKey.CompareTo(TableKeys.OrganisationLogFrom) >= 0 && e.RowKey.CompareTo(end) < 0, maxPerPage: size + 1, cancellationToken: cancellationToken)
            : table.QueryAsync<TableEntity>(e => e.PartitionKey == partition && e.RowKey.CompareTo(from) > 0 && e.RowKey.CompareTo(end) < 0, maxPerPage: size + 1, cancellationToken: cancellationToken);
        await foreach (var row in query)
        {
            entries.Add((row.RowKey, ToEntry(row)));
            if (entries.Count > size)
            {
                break;
            }
        }

        var more = entries.Count > size;
        var page = entries.Take(size).ToList();
        return new HistoryPage(page.Select(e => e.Entry).ToList(), more ? page[^1].Key : null);
    }

    /// <summary>
    /// Changes one unit (e.g. names its substitute) and keeps the change in the organisation's history, in one
    /// transaction conditional on the unit as it was read; read again and decided again when someone changed it
    /// meanwhile. The rule's refusal (an exception from <paramref name="change"/>) leaves everything as it was.
    /// </summary>
    public async Task<(Organisation Organisation, OrganisationChange Change)> ChangeUnitAsync(
        TenantId tenant, string unitId, Func<Organisation, Unit, (Unit Unit, OrganisationChange Change)> change, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableKeys.OrganisationTable, cancellationToken);
        var partition = TableKeys.TenantPartition(tenant.Value);
        for (var attempt = 1; ; attempt++)
        {
            var loaded = await LoadForChangeAsync(tenant, cancellationToken) ?? throw new KeyNotFoundException($"Tenant {tenant} has no organisation.");
            var unit = loaded.Organisation.FindUnit(unitId) ?? throw new KeyNotFoundException($"No unit {unitId}.");
            var (changed, made) = change(loaded.Organisation, unit);
            // The unit row counts its changes, so two made in the same instant keep their order.
            var position = loaded.UnitChanges[unitId];
            var history = ChangeRows.Create(
                partition,
                (at, id) => TableKeys.OrganisationHistoryRow(unitId, at, id),
                position,
                [new ChangeRow(made.At, made.PersonId, made.PersonName, made.Kind.ToString(), $"{made.SubstituteName} {made.From:yyyy-MM-dd}–{made.Until:yyyy-MM-dd}")]).Single();
            history["UnitId"] = made.UnitId;
            history["SubstituteId"] = made.SubstituteId;
            history["SubstituteName"] = made.SubstituteName;
            history["From"] = Day(made.From);
            history["Until"] = Day(made.Until);

            // Also in the organisation's history, and conditional on the head like every change: an administrator's
            // change decided on the unit as it was before this one is decided again.
            var version = loaded.Version + 1;
            var entry = new HistoryEntry(
                made.At, new ChangedBy(made.PersonId, made.PersonName),
                made.Kind == OrganisationChangeKind.SubstituteNamed ? HistoryKind.SubstituteNamed : HistoryKind.SubstituteEnded,
                unitId, unit.Name, made.SubstituteId, made.SubstituteName, Day(made.From), Day(made.Until));
            try
            {
                await table.SubmitTransactionAsync(
                    [
                        HeadAction(partition, (version, loaded.Organisation), loaded.HeadETag, null),
                        new TableTransactionAction(TableTransactionActionType.UpdateReplace, FromUnit(partition, changed, position + 1), loaded.UnitETags[unitId]),
                        new TableTransactionAction(TableTransactionActionType.Add, history),
                        new TableTransactionAction(TableTransactionActionType.Add, FromEntry(partition, entry, version, 0)),
                    ],
                    cancellationToken);
                var organisation = new Organisation(tenant, loaded.Organisation.Name, loaded.Organisation.Units.Select(u => u.Id == unitId ? changed : u), loaded.Organisation.People, loaded.Organisation.ManagerGroupChannel);
                return (organisation, made);
            }
            catch (TableTransactionFailedException ex) when (ex.Status is 412 or 409 && attempt < 5)
            {
                // Changed meanwhile: read again and decide again.
            }
            catch (TableTransactionFailedException ex) when (ex.Status is 412 or 409)
            {
                throw new ConcurrencyConflictException($"Unit {unitId} kept changing.", ex);
            }
        }
    }

    /// <summary>The changes made to a unit, oldest first: who named which substitute for which period, and when.</summary>
    public async Task<IReadOnlyList<OrganisationChange>> HistoryOfUnitAsync(TenantId tenant, string unitId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableKeys.OrganisationTable, cancellationToken);
        var partition = TableKeys.TenantPartition(tenant.Value);
        var from = TableKeys.OrganisationHistoryRows(unitId);
        var to = from + TableKeys.Separator;
        var changes = new List<OrganisationChange>();
        await foreach (var row in table.QueryAsync<TableEntity>(e => e.PartitionKey == partition && e.RowKey.CompareTo(from) >= 0 && e.RowKey.CompareTo(to) < 0, cancellationToken: cancellationToken))
        {
            var change = ChangeRows.Read(row);
            if (Enum.TryParse<OrganisationChangeKind>(change.Change, out var kind))
            {
                changes.Add(new OrganisationChange(
                    change.At, change.PersonId, change.PersonName, kind, row.GetString("UnitId"), row.GetString("SubstituteId"), row.GetString("SubstituteName"),
                    ParseDay(row.GetString("From")), ParseDay(row.GetString("Until"))));
            }
        }

        return changes.OrderBy(c => c.At).ToList();
    }

    private sealed record Loaded(Organisation Organisation, ETag HeadETag, long Version, DateTimeOffset? WritingUntil, Dictionary<string, ETag> UnitETags, Dictionary<string, int> UnitChanges);

    /// <summary>The organisation as a change starts from: not while another change is being written in several parts.</summary>
    private async Task<Loaded?> LoadForChangeAsync(TenantId tenant, CancellationToken cancellationToken)
    {
        while (true)
        {
            var loaded = await LoadAsync(tenant, cancellationToken);
            if (loaded?.WritingUntil is not { } until || until <= DateTimeOffset.UtcNow)
            {
                return loaded;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken);
        }
    }

    /// <summary>
    /// The head row: the name, the version and the manager group's channel (the group is no unit, so it has no unit row;
    /// its channel is the organisation's, rewritten with every change like the name).
    /// </summary>
    private static TableTransactionAction HeadAction(string partition, (long Version, Organisation Organisation) head, ETag? etag, DateTimeOffset? writingUntil)
    {
        var group = head.Organisation.ManagerGroupChannel;
        var row = new TableEntity(partition, TableKeys.OrganisationRow)
        {
            ["Name"] = head.Organisation.Name,
            ["Version"] = head.Version,
            ["ManagerGroupTeamId"] = group?.TeamId,
            ["ManagerGroupChannelId"] = group?.ChannelId,
            ["ManagerGroupChannelName"] = group?.ChannelName,
        };
        if (writingUntil is { } until)
        {
            row["WritingUntil"] = until;
        }

        return etag is { } read
            ? new TableTransactionAction(TableTransactionActionType.UpdateReplace, row, read)
            : new TableTransactionAction(TableTransactionActionType.Add, row);
    }

    /// <summary>
    /// The rows a change writes, in transactions of at most <see cref="TransactionLimit"/> operations with the head:
    /// each row with the history entries about it (a person's entries with the person's row, a unit's with the unit's),
    /// the organisation's own entries first, then units, then people, then rows removed.
    /// </summary>
    private static List<List<TableTransactionAction>> Batches(string partition, Loaded? loaded, OrganisationChanged decided, long version)
    {
        var before = loaded?.Organisation;
        var groups = new Dictionary<string, (int Order, List<TableTransactionAction> Actions)>(StringComparer.Ordinal)
        {
            [string.Empty] = (0, []),
        };

        void Add(string subject, int order, TableTransactionAction action)
        {
            if (!groups.TryGetValue(subject, out var group))
            {
                groups[subject] = group = (order, []);
            }

            group.Actions.Add(action);
        }

        foreach (var unit in decided.Organisation.Units)
        {
            if (before?.FindUnit(unit.Id) is not { } was || was != unit)
            {
                Add(UnitSubject(unit.Id), 1, new(TableTransactionActionType.UpsertReplace, FromUnit(partition, unit, loaded?.UnitChanges.GetValueOrDefault(unit.Id) ?? 0)));
            }
        }

        foreach (var person in decided.Organisation.People)
        {
            if (before?.FindPerson(person.Id) is not { } was || was != person)
            {
                Add(PersonSubject(person.Id), 2, new(TableTransactionActionType.UpsertReplace, FromPerson(partition, person)));
            }
        }

        foreach (var gone in before?.Units.Where(u => decided.Organisation.FindUnit(u.Id) is null) ?? [])
        {
            Add(UnitSubject(gone.Id), 3, new(TableTransactionActionType.Delete, new TableEntity(partition, TableKeys.UnitRow(gone.Id)), ETag.All));
        }

        foreach (var gone in before?.People.Where(p => decided.Organisation.FindPerson(p.Id) is null) ?? [])
        {
            Add(PersonSubject(gone.Id), 3, new(TableTransactionActionType.Delete, new TableEntity(partition, TableKeys.PersonRow(gone.Id)), ETag.All));
        }

        for (var n = 0; n < decided.History.Count; n++)
        {
            var entry = decided.History[n];
            var subject = entry.PersonId is { } personId && groups.ContainsKey(PersonSubject(personId)) ? PersonSubject(personId)
                : entry.UnitId is { } unitId && groups.ContainsKey(UnitSubject(unitId)) ? UnitSubject(unitId)
                : string.Empty;
            Add(subject, 0, new(TableTransactionActionType.Add, FromEntry(partition, decided.History[n], version, n)));
        }

        var batches = new List<List<TableTransactionAction>> { new() };
        foreach (var (_, actions) in groups.Values.OrderBy(g => g.Order))
        {
            if (batches[^1].Count + actions.Count > TransactionLimit - 1)
            {
                batches.Add([]);
            }

            batches[^1].AddRange(actions);
        }

        return batches;
    }

    private static string UnitSubject(string unitId) => "u" + unitId;

    private static string PersonSubject(string personId) => "p" + personId.ToLowerInvariant();

    private static TableEntity FromEntry(string partition, HistoryEntry entry, long version, int n) => new(partition, TableKeys.OrganisationLogRow(entry.At, version, n))
    {
        ["At"] = entry.At,
        ["ById"] = entry.By.PersonId,
        ["ByName"] = entry.By.Name,
        ["Change"] = entry.Kind.ToString(),
        ["UnitId"] = entry.UnitId,
        ["UnitName"] = entry.UnitName,
        ["PersonId"] = entry.PersonId,
        ["PersonName"] = entry.PersonName,
        ["From"] = entry.From,
        ["To"] = entry.To,
    };

    private static HistoryEntry ToEntry(TableEntity row) => new(
        row.GetDateTimeOffset("At") ?? DateTimeOffset.MinValue,
        new ChangedBy(row.GetString("ById"), row.GetString("ByName") ?? string.Empty),
        Enum.TryParse<HistoryKind>(row.GetString("Change"), out var kind) ? kind : throw new InvalidDataException($"Unknown change in the organisation's history: {row.RowKey}"),
        row.GetString("UnitId"),
        row.GetString("UnitName"),
        row.GetString("PersonId"),
        row.GetString("PersonName"),
        row.GetString("From"),
        row.GetString("To"));

    private async Task<Loaded?> LoadAsync(TenantId tenant, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableKeys.OrganisationTable, cancellationToken);
        var partition = TableKeys.TenantPartition(tenant.Value);
        string? name = null;
        var headETag = default(ETag);
        long version = 0;
        DateTimeOffset? writingUntil = null;
        UnitChannel? managerGroupChannel = null;
        var units = new List<Unit>();
        var people = new List<Person>();
        var etags = new Dictionary<string, ETag>(StringComparer.Ordinal);
        var changes = new Dictionary<string, int>(StringComparer.Ordinal);

        // From "organisation" on: the history rows sort before it and are not part of the organisation as it is now.
        await foreach (var row in table.QueryAsync<TableEntity>(e => e.PartitionKey == partition && e.RowKey.CompareTo(TableKeys.OrganisationRow) >= 0, cancellationToken: cancellationToken))
        {
            if (row.RowKey == TableKeys.OrganisationRow)
            {
                name = row.GetString("Name");
                headETag = row.ETag;
                version = row.GetInt64("Version") ?? 0;
                writingUntil = row.GetDateTimeOffset("WritingUntil");
                managerGroupChannel = row.GetString("ManagerGroupChannelId") is { } groupChannelId
                    ? new UnitChannel(row.GetString("ManagerGroupTeamId") ?? string.Empty, groupChannelId, row.GetString("ManagerGroupChannelName") ?? string.Empty)
                    : null;
            }
            else if (row.RowKey.StartsWith(TableKeys.UnitRowPrefix, StringComparison.Ordinal))
            {
                var unit = ToUnit(row);
                units.Add(unit);
                etags[unit.Id] = row.ETag;
                changes[unit.Id] = row.GetInt32("Changes") ?? 0;
            }
            else if (row.RowKey.StartsWith(TableKeys.PersonRowPrefix, StringComparison.Ordinal))
            {
                people.Add(ToPerson(row));
            }
        }

        return name is null ? null : new Loaded(new Organisation(tenant, name, units, people, managerGroupChannel), headETag, version, writingUntil, etags, changes);
    }

    /// <summary>Creates the organisation if the tenant has none; false when one already exists (it is left as it is).</summary>
    public async Task<bool> CreateAsync(Organisation organisation, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableKeys.OrganisationTable, cancellationToken);
        var partition = TableKeys.TenantPartition(organisation.Tenant.Value);
        var actions = new List<TableTransactionAction>
        {
            HeadAction(partition, (0L, organisation), null, null),
        };
        actions.AddRange(organisation.Units.Select(u => new TableTransactionAction(TableTransactionActionType.Add, FromUnit(partition, u))));
        actions.AddRange(organisation.People.Select(p => new TableTransactionAction(TableTransactionActionType.Add, FromPerson(partition, p))));

        // One entity group transaction holds at most 100 operations; an organisation that large is added in batches
        // after its head row, which alone decides whether the organisation exists.
        try
        {
            foreach (var batch in actions.Chunk(100))
            {
                await table.SubmitTransactionAsync(batch, cancellationToken);
            }
        }
        catch (TableTransactionFailedException ex) when (ex.Status == 409 && ex.FailedTransactionActionIndex == 0)
        {
            return false;
        }

        return true;
    }

    private static TableEntity FromUnit(string partition, Unit unit, int changes = 0) => new(partition, TableKeys.UnitRow(unit.Id))
    {
        ["Changes"] = changes,
        ["UnitId"] = unit.Id,
        ["Name"] = unit.Name,
        ["ManagerId"] = unit.ManagerId,
        ["TeamId"] = unit.Channel?.TeamId,
        ["ChannelId"] = unit.Channel?.ChannelId,
        ["ChannelName"] = unit.Channel?.ChannelName,
        ["SubstituteId"] = unit.Substitute?.PersonId,
        ["SubstituteFrom"] = unit.Substitute is { } from ? Day(from.From) : null,
        ["SubstituteUntil"] = unit.Substitute is { } until ? Day(until.Until) : null,
        ["SubstituteNamedById"] = unit.Substitute?.NamedById,
        ["SubstituteNamedAt"] = unit.Substitute?.NamedAt,
        ["SubstituteEndedAt"] = unit.Substitute?.EndedAt,
    };

    private static Unit ToUnit(TableEntity row)
    {
        var channelId = row.GetString("ChannelId");
        return new Unit(
            row.GetString("UnitId"),
            row.GetString("Name"),
            row.GetString("ManagerId"),
            channelId is null ? null : new UnitChannel(row.GetString("TeamId") ?? string.Empty, channelId, row.GetString("ChannelName") ?? string.Empty),
            row.GetString("SubstituteId") is { } substituteId
                ? new Substitute(
                    substituteId, ParseDay(row.GetString("SubstituteFrom")), ParseDay(row.GetString("SubstituteUntil")), row.GetString("SubstituteNamedById") ?? string.Empty,
                    row.GetDateTimeOffset("SubstituteNamedAt") ?? DateTimeOffset.MinValue, row.GetDateTimeOffset("SubstituteEndedAt"))
                : null);
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static DateOnly ParseDay(string? text) => DateOnly.ParseExact(text ?? throw new InvalidDataException("A substitute's period has no day."), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static TableEntity FromPerson(string partition, Person person) => new(partition, TableKeys.PersonRow(person.Id))
    {
        ["PersonId"] = person.Id,
        ["Name"] = person.Name,
        ["Role"] = person.Role.ToString(),
        ["UnitId"] = person.UnitId,
        ["Email"] = person.Email,
    };

    private static Person ToPerson(TableEntity row) => new(
        row.GetString("PersonId"),
        row.GetString("Name"),
        Enum.Parse<Role>(row.GetString("Role")),
        row.GetString("UnitId"),
        row.GetString("Email"));
}

/// <summary>A page of the organisation's history, newest first; <see cref="Next"/> asks for the older ones (null: no more).</summary>
public sealed record HistoryPage(IReadOnlyList<HistoryEntry> Entries, string? Next);
