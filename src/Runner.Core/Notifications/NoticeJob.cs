namespace Runner.Core.Notifications;

/// <summary>The job a notification is about.</summary>
public sealed record NoticeJob(int Id, string Name, string Description);
