using System.Text;

namespace TeamsQuality.Storage;

/// <summary>
/// The one place that knows the tables and their keys.
///
/// Design:
/// <list type="bullet">
/// <item>The tenant (Entra tenant id) leads every partition key, so tenants never mix and every query names its
/// tenant; no query crosses tenants. The only exception is <see cref="TenantsTable"/>, the list of tenants itself,
/// which scheduled jobs read to know whom to work for.</item>
/// <item>An aggregate lives in one partition where it can, so it loads with one query and saves in one
/// transaction.</item>
/// <item>Updates are conditional on the ETag read (optimistic concurrency); a conflict surfaces, nothing is
/// silently overwritten.</item>
/// <item>Key parts from outside (Teams ids) are escaped: '/', '\', '#', '?', '%' and control characters are not
/// allowed in keys, so they are written as %XX.</item>
/// </list>
/// The protocol's own stores (conversation references, redelivery marks) live in TeamsQuality.Teams.Storage, apart
/// from the domain's repositories; their tables and keys are here all the same, so every table follows these rules and
/// <see cref="AllTables"/> lists them all. Only names and strings: no protocol type is seen here.
/// </summary>
public static class TableKeys
{
    public const char Separator = '~';

    /// <summary>
    /// Organisation: PK = tenant; RK = "organisation" (the head: name, version, the manager group's channel; its ETag changes with every change, so
    /// every change is conditional on it and a turn can tell by one point read whether its copy is current),
    /// "unit~{unitId}", "person~{personId}", the organisation's history newest first "log~{reverse ticks}~{reverse
    /// version}~{n}", and a unit's substitute history "history~{unitId}~{ticks}~{n}" (n counted on the unit row). Both
    /// histories sort before "organisation", so the organisation loads without them.
    /// </summary>
    public const string OrganisationTable = "Organisation";

    /// <summary>ConversationReferences (the protocol's, TeamsQuality.Teams.Storage): PK = tenant; RK = "personal~{aadObjectId}", "channel~{channelId}", "conversation~{conversationId}", "service-url".</summary>
    public const string ConversationReferencesTable = "ConversationReferences";

    /// <summary>InboundActivities (the protocol's, TeamsQuality.Teams.Storage): PK = tenant~{day}; RK = {conversationId}~{activityId}. Marks activities already taken on.</summary>
    public const string InboundActivitiesTable = "InboundActivities";

    /// <summary>Tenants: PK = tenant; RK = "tenant". The list of tenants the scheduled jobs work for.</summary>
    public const string TenantsTable = "Tenants";

    /// <summary>Wheels: PK = tenant; RK = "version~{fromYear}". The organisation's wheel, versioned by the year a change applies from.</summary>
    public const string WheelsTable = "Wheels";

    /// <summary>
    /// LearningStops: PK = tenant~{unitId}~{year}; RK = "stop~{NN}" (the stop), "stop~{NN}~c~{ticks}~{id}"
    /// (contributions), "stop~{NN}~p~{ticks}~{id}" (proposals), "stop~{NN}~h~{ticks}~{id}" (history),
    /// "stop~{NN}~post" (where its card was posted in the unit's channel: written until issue 12, since kept by the card's
    /// outbox message only; read for older cards). A unit's year is one partition; one stop with
    /// everything in it is one range query. The manager group's stops (held once for the administration) are kept as a
    /// unit's are, under the group's id (<see cref="Domain.Organisations.ManagerGroup.Id"/>, which no unit can have) in
    /// place of the unit's: PK = tenant~_chefsgruppen~{year}; so are its due-index rows and its actions.
    /// </summary>
    public const string LearningStopsTable = "LearningStops";

    /// <summary>Actions: PK = tenant~{unitId}; RK = "{actionId}" (the action), "{actionId}~h~{ticks}~{id}" (history).</summary>
    public const string ActionsTable = "Actions";

    /// <summary>Logbook: PK = tenant~{unitId}; RK = "{stopNumber:00}~{ticks}~{id}". Notes under a theme are one range query.</summary>
    public const string LogbookTable = "Logbook";

    /// <summary>DueIndex: PK = tenant~{yyyyMMdd} (Swedish day); RK = "{unitId}~{year}~{NN}~{kind}" (the unit's, or the manager group's id). What falls due on a day, without scanning stops.</summary>
    public const string DueIndexTable = "DueIndex";

    /// <summary>
    /// Outbox: every proactive message, recorded before it is sent. PK = tenant~outbox; RK =
    /// "m~{key}" (the message by its idempotency key: target, status, attempts, where it was delivered),
    /// "p~{due ticks}~{key}" (pending: what to send and when; the sender reads only this range, up to now),
    /// "g~{group}~{key}" (what a job recorded under a group, e.g. the due scan's day, so a rerun is one query),
    /// "f~{reverse ticks}~{key}" (given up, newest first, kept as the list of what could not be delivered),
    /// "x~{key}" (given up and not yet told to the quality developers) and "i~{personId}" (when the outbox installed the
    /// app for a person through Microsoft Graph, so it is not asked again on every retry).
    /// </summary>
    public const string OutboxTable = "Outbox";

    /// <summary>JobState: PK = tenant; RK = the job's name. Where a scheduled job got to.</summary>
    public const string JobStateTable = "JobState";

    /// <summary>
    /// Reports: PK = tenant~{year filed}; RK = "{reference}" (the report), "{reference}~h~{ticks}~{id}" (history),
    /// "{reference}~i~{ticks}~{id}" (investigation entries). A report with everything in it is one range query.
    /// </summary>
    public const string ReportsTable = "Reports";

    /// <summary>
    /// ReportIndex: PK = tenant~reporter~{personId} | tenant~unit~{unitId} | tenant~awaiting-assessment | tenant~awaiting-ivo;
    /// RK = "{reference}". Who filed what, a unit's reports (with each one's Status and FiledAt, to list the open ones
    /// without reading the closed), and the reports waiting for the assessment or the IVO decision.
    /// </summary>
    public const string ReportIndexTable = "ReportIndex";

    /// <summary>ReportCounters: PK = tenant; RK = "{prefix}~{year}". The next number of a reference, taken with an ETag.</summary>
    public const string ReportCountersTable = "ReportCounters";

    /// <summary>Risks: PK = tenant~{unitId}; RK = risk id. A unit's risk register.</summary>
    public const string RisksTable = "Risks";

    /// <summary>
    /// TeamRosters: what Teams tells of the teams the app is installed in. PK = tenant; RK = "{teamId}~team" (name,
    /// when learned, why and since when it is not reachable), "{teamId}~c~{channelId}" (a channel), "{teamId}~m~{aadObjectId}" (a member). A team is one range
    /// query, a tenant's teams one partition; each event (a channel renamed, a member removed) one row.
    /// </summary>
    public const string TeamRostersTable = "TeamRosters";

    /// <summary>
    /// SelfCheckPlans: PK = tenant~{year}; RK = "unit~{unitId}~plan" (the head: the points' order and a copy of
    /// the points, which the management view reads, one row a plan; every save is conditional on its ETag), "unit~{unitId}~p~{pointId}" (a control point), "unit~{unitId}~h~{ticks}~{n}" (history).
    /// A unit's plan is one range query; every unit's plan of a year (what the daily due job reads) is one partition.
    /// </summary>
    public const string SelfCheckPlansTable = "SelfCheckPlans";

    /// <summary>
    /// Garage: PK = tenant~{unitId}; RK = "{stopNumber:00}~{itemId}". A unit's Garage is one partition; what is parked
    /// under a theme is one range query. An item is one row (its history in it), replaced on a decision with its ETag.
    /// </summary>
    public const string GarageTable = "Garage";

    /// <summary>
    /// SelfCheckTemplates: PK = tenant; RK = "template~{id}" (name, points, every time it was offered). The templates a
    /// quality developer offered to every unit of the tenant: one partition, read at once when a plan is started.
    /// </summary>
    public const string SelfCheckTemplatesTable = "SelfCheckTemplates";

    /// <summary>
    /// DigestSubscriptions: PK = tenant; RK = "p~{personId}" (whether the person gets the weekly digest now, who changed
    /// it, when), "h~{personId}~{ticks}~{id}" (every change, kept). Whom the digest job leaves out is one partition query per
    /// tenant; a person's history is one range query.
    /// </summary>
    public const string DigestSubscriptionsTable = "DigestSubscriptions";

    public static string DigestSubscriptionRow(string personId) => "p~" + Escape(personId.ToLowerInvariant());

    public static string DigestSubscriptionHistoryFrom(string personId) => "h~" + Escape(personId.ToLowerInvariant()) + Separator;

    public static string DigestSubscriptionHistoryRow(string personId, DateTimeOffset at, string id) => $"{DigestSubscriptionHistoryFrom(personId)}{Ticks(at)}~{Escape(id)}";

    public static IReadOnlyList<string> AllTables { get; } =
        [TeamRostersTable, OrganisationTable, ConversationReferencesTable, InboundActivitiesTable, TenantsTable, WheelsTable, LearningStopsTable, ActionsTable, LogbookTable, DueIndexTable, OutboxTable, JobStateTable, ReportsTable, ReportIndexTable, ReportCountersTable, RisksTable, SelfCheckPlansTable, GarageTable, SelfCheckTemplatesTable, SelfCheckResultsTable, ActionDueIndexTable, QualityReportsTable, DigestSubscriptionsTable];

    public static string SelfCheckTemplateRow(string templateId) => "template~" + Escape(templateId);

    public static string SelfCheckYearPartition(string tenantId, int year) =>
        TenantPartition(tenantId) + Separator + year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The first key of a unit's plan rows; they end before <see cref="RangeEnd"/> of it (the '~' after the id keeps "a-b" out of "a").</summary>
    public static string SelfCheckUnitRows(string unitId) => UnitRowPrefix + Escape(unitId) + Separator;

    public static string SelfCheckPlanRow(string unitId) => SelfCheckUnitRows(unitId) + "plan";

    public static string SelfCheckPointRow(string unitId, string pointId) => SelfCheckUnitRows(unitId) + "p~" + Escape(pointId);

    public static string SelfCheckHistoryRow(string unitId, DateTimeOffset at, string id) => $"{SelfCheckUnitRows(unitId)}h~{Ticks(at)}~{id}";

    /// <summary>
    /// SelfCheckResults: PK = tenant~{year} (<see cref="SelfCheckYearPartition"/>); RK = "unit~{unitId}~{pointId}~{NN}"
    /// (the result of the point's period NN: the latest entry, the perspective, the revision),
    /// "unit~{unitId}~{pointId}~{NN}~h~{revision}" (every entry, kept as the history). A tenant's year is one partition, so
    /// the quality report counts every unit with one query; a unit's year is one range of it (<see cref="SelfCheckUnitRows"/>).
    /// </summary>
    public const string SelfCheckResultsTable = "SelfCheckResults";

    public static string SelfCheckResultRow(string unitId, string pointId, int period) =>
        SelfCheckUnitRows(unitId) + Escape(pointId) + Separator + period.ToString("D2", System.Globalization.CultureInfo.InvariantCulture);

    public static string SelfCheckResultHistoryRow(string unitId, string pointId, int period, int revision) =>
        SelfCheckResultRow(unitId, pointId, period) + "~h~" + revision.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
    /// ActionDueIndex: PK = tenant~{yyyyMMdd} (Swedish day); RK = "{unitId}~{actionId}~{kind}" (WeekBefore, OnTheDay,
    /// Overdue, FollowUp). Whose action to remind of what on a day, without reading every unit's plan; written when an
    /// action is made and when its dates or status change. Apart from the stops' DueIndex, whose rows have another shape.
    /// </summary>
    public const string ActionDueIndexTable = "ActionDueIndex";


    public static string ActionDueRow(string unitId, string actionId, string kind) => $"{Escape(unitId)}~{Escape(actionId)}~{kind}";

    /// <summary>The first key of an action's history rows; they end before <see cref="RangeEnd"/> of it.</summary>
    public static string ActionHistoryFrom(string actionId) => $"{Escape(actionId)}~h~";

    public static string ReportYearPartition(string tenantId, int year) =>
        TenantPartition(tenantId) + Separator + year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);

    public static string ReportChildRow(string reference, char kind, DateTimeOffset at, string id) => $"{reference}~{kind}~{Ticks(at)}~{Escape(id)}";

    public static string ReportRowsEnd(string reference) => reference + "~~";

    public static string ReporterIndexPartition(string tenantId, string personId) => TenantPartition(tenantId) + "~reporter~" + Escape(personId.ToLowerInvariant());

    public static string UnitReportsPartition(string tenantId, string unitId) => TenantPartition(tenantId) + "~unit~" + Escape(unitId);

    public static string AwaitingIvoPartition(string tenantId) => TenantPartition(tenantId) + "~awaiting-ivo";

    public static string ReportCounterRow(string prefix, int year) => $"{prefix}~{year:D4}";

    public static string AwaitingAssessmentPartition(string tenantId) => TenantPartition(tenantId) + "~awaiting-assessment";

    public static string WheelVersionRow(int fromYear) => "version~" + fromYear.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);

    public static string UnitYearPartition(string tenantId, string unitId, int year) =>
        TenantPartition(tenantId) + Separator + Escape(unitId) + Separator + year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);

    public static string StopRow(int number) => "stop~" + number.ToString("D2", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The first key after every row of a stop ('~' is the highest character the keys use).</summary>
    public static string StopRowsEnd(int number) => StopRow(number) + "~~";

    public static string StopChannelPostRow(int number) => StopRow(number) + "~post";

    public static string StopChildRow(int number, char kind, DateTimeOffset at, string id) =>
        $"{StopRow(number)}~{kind}~{Ticks(at)}~{Escape(id)}";

    public static string UnitPartition(string tenantId, string unitId) => TenantPartition(tenantId) + Separator + Escape(unitId);

    public static string ActionHistoryRow(string actionId, DateTimeOffset at, string id) => $"{Escape(actionId)}~h~{Ticks(at)}~{id}";

    public static string LogbookRow(int stopNumber, DateTimeOffset at, string id) =>
        $"{stopNumber:D2}~{Ticks(at)}~{Escape(id)}";

    public static string LogbookStopPrefix(int stopNumber) => $"{stopNumber:D2}~";

    public static string GarageRow(int stopNumber, string id) => GarageThemePrefix(stopNumber) + Escape(id);

    public static string GarageThemePrefix(int stopNumber) => $"{stopNumber:D2}~";

    /// <summary>
    /// QualityReports: the hand-written part of the kvalitetsberättelse. PK = tenant~{year}; RK = "{scope}~draft" (the
    /// draft: its sections and perspective assessments, its revision; every save is conditional on its ETag) and
    /// "{scope}~h~{revision:D6}" (every save as it was: who, when, which section, the text), where scope is
    /// "enhet~{unitId}" or "forvaltning". A tenant's report year is one partition, a report's draft with its history
    /// one range query.
    /// </summary>
    public const string QualityReportsTable = "QualityReports";

    public static string QualityReportYearPartition(string tenantId, int year) =>
        TenantPartition(tenantId) + Separator + year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The first key of a report's rows: "enhet~{unitId}~" or "forvaltning~".</summary>
    public static string QualityReportRows(string? unitId) => (unitId is null ? "forvaltning" : "enhet~" + Escape(unitId)) + Separator;

    public static string QualityReportDraftRow(string? unitId) => QualityReportRows(unitId) + "draft";

    public static string QualityReportHistoryRow(string? unitId, int revision) =>
        QualityReportRows(unitId) + "h~" + revision.ToString("D6", System.Globalization.CultureInfo.InvariantCulture);

    public static string DayPartition(string tenantId, DateOnly day) =>
        TenantPartition(tenantId) + Separator + day.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);

    public static string StopEventRow(string unitId, int year, int number, string kind) =>
        $"{Escape(unitId)}~{year:D4}~{number:D2}~{kind}";

    public static string OutboxPartition(string tenantId) => TenantPartition(tenantId) + "~outbox";

    public static string OutboxMessageRow(string key) => "m~" + OutboxKey(key);

    public const string OutboxPendingFrom = "p~";

    /// <summary>The pending row of a message due at <paramref name="due"/>; in due order, so "due by now" is one range.</summary>
    public static string OutboxPendingRow(DateTimeOffset due, string key) => OutboxPendingFrom + Ticks(due) + Separator + OutboxKey(key);

    /// <summary>When a pending row (<see cref="OutboxPendingRow"/>) is due; null for a row key of another shape.</summary>
    public static DateTimeOffset? OutboxPendingDue(string pendingRow) =>
        pendingRow.StartsWith(OutboxPendingFrom, StringComparison.Ordinal)
        && pendingRow.Length > OutboxPendingFrom.Length + 19
        && long.TryParse(pendingRow.AsSpan(OutboxPendingFrom.Length, 19), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var ticks)
        && ticks <= DateTimeOffset.MaxValue.UtcTicks
            ? new DateTimeOffset(ticks, TimeSpan.Zero)
            : null;

    /// <summary>The first pending row key after everything due at or before <paramref name="now"/>.</summary>
    public static string OutboxPendingThrough(DateTimeOffset now) => OutboxPendingFrom + Ticks(now) + "~~";

    public static string OutboxGroupFrom(string group) => "g~" + Escape(group) + Separator;

    public static string OutboxGroupRow(string group, string key) => OutboxGroupFrom(group) + OutboxKey(key);

    public static string OutboxFailedRow(DateTimeOffset at, string key) =>
        "f~" + (DateTimeOffset.MaxValue.UtcTicks - at.UtcTicks).ToString("D19", System.Globalization.CultureInfo.InvariantCulture) + Separator + OutboxKey(key);

    public const string OutboxFailedFrom = "f~";

    public const string OutboxUnreportedFrom = "x~";

    public static string OutboxUnreportedRow(string key) => OutboxUnreportedFrom + OutboxKey(key);

    public static string OutboxInstalledRow(string personId) => "i~" + Escape(personId.ToLowerInvariant());

    /// <summary>The first key after every row that starts with <paramref name="prefix"/> (keys use nothing above '~').</summary>
    public static string RangeEnd(string prefix) => prefix + "~~";

    /// <summary>
    /// The first partition key of a tenant's partitions that carry more after the tenant ("{tenant}~{unitId}",
    /// "{tenant}~{unitId}~{year}", "{tenant}~{year}"); they end before <see cref="TenantPartitionsEnd"/>. A tenant-wide
    /// read (every unit's actions, risks or stops in one range query) ranges over these. The range cannot reach another
    /// tenant's partitions unless that tenant's id begins with this one's and '~' (Entra tenant ids are GUIDs, which
    /// never do); the tenant-wide reads still check every row's partition key (<see cref="UnitOfPartition"/>,
    /// <see cref="UnitYearPartition"/>), so even such an id could not bring another tenant's rows in.
    /// </summary>
    public static string TenantPartitionsFrom(string tenantId) => TenantPartition(tenantId) + Separator;

    /// <summary>The first partition key after every one <see cref="TenantPartitionsFrom"/> begins (unit ids use nothing above '~').</summary>
    public static string TenantPartitionsEnd(string tenantId) => RangeEnd(TenantPartitionsFrom(tenantId));

    /// <summary>
    /// The unit of a <see cref="UnitPartition"/> of the tenant, or null when the key is not one of the tenant's unit
    /// partitions (another tenant's whose id begins with this one's and '~', a partition of another shape).
    /// </summary>
    public static string? UnitOfPartition(string tenantId, string partitionKey)
    {
        var from = TenantPartitionsFrom(tenantId);
        if (!partitionKey.StartsWith(from, StringComparison.Ordinal))
        {
            return null;
        }

        var unit = partitionKey[from.Length..];
        return unit.Length == 0 || unit.Contains(Separator, StringComparison.Ordinal) ? null : Unescape(unit);
    }

    /// <summary>
    /// An outbox key as a row key part: escaped, and hashed when long (keys are built from Teams ids, which a hostile
    /// sender could make long; row keys may be at most 1 KiB).
    /// </summary>
    private static string OutboxKey(string key)
    {
        var escaped = Escape(key);
        return escaped.Length <= 400 ? escaped : "h~" + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(key)));
    }

    private static string Ticks(DateTimeOffset at) => at.UtcTicks.ToString("D19", System.Globalization.CultureInfo.InvariantCulture);

    public const string OrganisationRow = "organisation";
    public const string UnitRowPrefix = "unit~";
    public const string PersonRowPrefix = "person~";
    public const string ServiceUrlRow = "service-url";
    public const string TenantRow = "tenant";

    public static string TenantPartition(string tenantId) => Escape(Normalise(tenantId));

    public static string UnitRow(string unitId) => UnitRowPrefix + Escape(unitId);

    /// <summary>A change to a unit (a substitute named or ended), kept in the organisation's partition.</summary>
    public static string OrganisationHistoryRow(string unitId, DateTimeOffset at, string id) => $"{OrganisationHistoryRows(unitId)}{Ticks(at)}~{Escape(id)}";

    /// <summary>The first key of a unit's history rows; they end before this followed by "~".</summary>
    public static string OrganisationHistoryRows(string unitId) => "history~" + Escape(unitId) + Separator;

    /// <summary>The first key of the organisation's history; it ends before <see cref="RangeEnd"/> of it.</summary>
    public const string OrganisationLogFrom = "log~";

    /// <summary>
    /// An entry of the organisation's history, newest first: by time, then by the change (its head version), then in the
    /// order the change listed its entries.
    /// </summary>
    public static string OrganisationLogRow(DateTimeOffset at, long version, int n) =>
        OrganisationLogFrom
        + (DateTimeOffset.MaxValue.UtcTicks - at.UtcTicks).ToString("D19", System.Globalization.CultureInfo.InvariantCulture) + Separator
        + (long.MaxValue - version).ToString("D19", System.Globalization.CultureInfo.InvariantCulture) + Separator
        + n.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);

    public static string PersonRow(string personId) => PersonRowPrefix + Escape(personId.ToLowerInvariant());

    public static string TeamRow(string teamId) => TeamRowsFrom(teamId) + "team";

    /// <summary>The first key of a team's rows; they end before <see cref="RangeEnd"/> of it.</summary>
    public static string TeamRowsFrom(string teamId) => Escape(teamId) + Separator;

    public static string TeamChannelRow(string teamId, string channelId) => TeamRowsFrom(teamId) + "c~" + Escape(channelId);

    public static string TeamMemberRow(string teamId, string aadObjectId) => TeamRowsFrom(teamId) + "m~" + Escape(aadObjectId.ToLowerInvariant());

    public static string PersonalConversationRow(string aadObjectId) => "personal~" + Escape(aadObjectId.ToLowerInvariant());

    public static string ChannelConversationRow(string teamsChannelId) => "channel~" + Escape(teamsChannelId);

    public static string ConversationRow(string conversationId) => "conversation~" + Escape(conversationId);

    /// <summary>
    /// Redelivery happens within minutes, so the marks are partitioned by the day they were first seen: a day's
    /// partition can be dropped whole once it is old. A redelivery near midnight is checked against both days.
    /// </summary>
    public static string InboundActivityPartition(string tenantId, DateOnly day) => DayPartition(tenantId, day);

    public static string InboundActivityRow(string conversationId, string activityId)
    {
        var row = Escape(conversationId) + Separator + Escape(activityId);

        // Keys may be at most 1 KiB; Teams ids are far shorter, but a hostile sender could send anything.
        return row.Length <= 512 ? row : Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(row)));
    }

    /// <summary>Writes the characters table keys may not contain as %XX.</summary>
    public static string Escape(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (c is '/' or '\\' or '#' or '?' or '%' || char.IsControl(c))
            {
                builder.Append('%').Append(((int)c).ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    public static string Unescape(string value) => Uri.UnescapeDataString(value);

    private static string Normalise(string tenantId) => tenantId.Trim().ToLowerInvariant();
}
