using Azure;
using Azure.Data.Tables;
using TeamsQuality.Domain.Administration;

namespace TeamsQuality.Storage;

/// <summary>
/// The organisation aggregate (the administration, its units and people) of one tenant, kept in one partition:
/// it loads with one query and saves in one transaction.
/// </summary>
public sealed class OrganisationRepository(TableStore tables)
{
    public async Task<Organisation?> FindAsync(TenantId tenant, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableKeys.OrganisationTable, cancellationToken);
        var partition = TableKeys.TenantPartition(tenant.Value);
        string? name = null;
        var units = new List<Unit>();
        var people = new List<Person>();
        await foreach (var row in table.QueryAsync<TableEntity>(e => e.PartitionKey == partition, cancellationToken: cancellationToken))
        {
            if (row.RowKey == TableKeys.OrganisationRow)
            {
                name = row.GetString("Name");
            }
            else if (row.RowKey.StartsWith(TableKeys.UnitRowPrefix, StringComparison.Ordinal))
            {
                units.Add(ToUnit(row));
            }
            else if (row.RowKey.StartsWith(TableKeys.PersonRowPrefix, StringComparison.Ordinal))
            {
                people.Add(ToPerson(row));
            }
        }

        return name is null ? null : new Organisation(tenant, name, units, people);
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

    private static TableEntity FromUnit(string partition, Unit unit) => new(partition, TableKeys.UnitRow(unit.Id))
    {
        ["UnitId"] = unit.Id,
        ["Name"] = unit.Name,
        ["ManagerId"] = unit.ManagerId,
        ["TeamId"] = unit.Channel?.TeamId,
        ["ChannelId"] = unit.Channel?.ChannelId,
        ["ChannelName"] = unit.Channel?.ChannelName,
    };

    private static Unit ToUnit(TableEntity row)
    {
        var channelId = row.GetString("ChannelId");
        return new Unit(
            row.GetString("UnitId"),
            row.GetString("Name"),
            row.GetString("ManagerId"),
            channelId is null ? null : new UnitChannel(row.GetString("TeamId") ?? string.Empty, channelId, row.GetString("ChannelName") ?? string.Empty));
    }

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

internal static class RequestFailures
{
    public static bool IsConflict(this RequestFailedException ex) => ex.Status == 409;

    public static bool IsNotFound(this RequestFailedException ex) => ex.Status == 404;

    public static bool IsPreconditionFailed(this RequestFailedException ex) => ex.Status == 412;
}
