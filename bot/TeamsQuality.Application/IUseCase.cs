namespace TeamsQuality.Application;

/// <summary>
/// Marks a use case: one thing a person or a job can do, in a file of its own under its feature's folder. Every
/// use case in this assembly is registered per scope (one per turn or job run) by <see cref="ApplicationExtensions"/>.
/// </summary>
public interface IUseCase;
