using Azure;
using Azure.Data.Tables;
using TeamsQuality.Domain.Organisations;

namespace TeamsQuality.Storage.Organisations;

/// <summary>
/// The organisation aggregate (the administration, its units and people) of one tenant, kept in one partition:
/// it loads with one query and saves in one transaction. Each change to a unit is kept in the same partition's history
/// (who, when, what), written in the same transaction as the change.
/// </summary>
public sealed class OrganisationRepository(TableStore tables)
{
    public async Task<Organisation?> FindAsync(TenantId tenant, CancellationToken cancellationToken) =>
        (await LoadAsync(tenant, cancellationToken))?.Organisation;

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
            var loaded = await LoadAsync(tenant, cancellationToken) ?? throw new KeyNotFoundException($"Tenant {tenant} has no organisation.");
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
            try
            {
                await table.SubmitTransactionAsync(
                    [
                        new TableTransactionAction(TableTransactionActionType.UpdateReplace, FromUnit(partition, changed, position + 1), loaded.UnitETags[unitId]),
                        new TableTransactionAction(TableTransactionActionType.Add, history),
                    ],
                    cancellationToken);
                var organisation = new Organisation(tenant, loaded.Organisation.Name, loaded.Organisation.Units.Select(u => u.Id == unitId ? changed : u), loaded.Organisation.People);
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

    private sealed record Loaded(Organisation Organisation, Dictionary<string, ETag> UnitETags, Dictionary<string, int> UnitChanges);

    private async Task<Loaded?> LoadAsync(TenantId tenant, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableKeys.OrganisationTable, cancellationToken);
        var partition = TableKeys.TenantPartition(tenant.Value);
        string? name = null;
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

        return name is null ? null : new Loaded(new Organisation(tenant, name, units, people), etags, changes);
    }

    /// <summary>Creates the organisation if the tenant has none; false when one already exists (it is left as it is).</summary>
    public async Task<bool> CreateAsync(Organisation organisation, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableKeys.OrganisationTable, cancellationToken);
        var partition = TableKeys.TenantPartition(organisation.Tenant.Value);
        var actions = new List<TableTransactionAction>
        {
            new(TableTransactionActionType.Add, new TableEntity(partition, TableKeys.OrganisationRow) { ["Name"] = organisation.Name }),
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
    };

    private static Person ToPerson(TableEntity row) => new(
        row.GetString("PersonId"),
        row.GetString("Name"),
        Enum.Parse<Role>(row.GetString("Role")),
        row.GetString("UnitId"));
}
