namespace TeamsQuality.Domain.Organisations;

/// <summary>
/// The Entra (Azure AD) tenant an administration signs in with. Every stored record belongs to exactly one tenant
/// and no query ever crosses tenants.
/// </summary>
public readonly record struct TenantId
{
    public TenantId(string value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException("A tenant id is required.", nameof(value));
        }

        Value = value.Trim().ToLowerInvariant();
    }

    public string Value { get; }

    public override string ToString() => Value;
}
