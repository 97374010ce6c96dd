namespace Runner.Core.Notifications;

/// <summary>The state after an event and the notice it sends, if any.</summary>
public sealed record AlarmStep(AlarmState Next, NoticeKind? Notice);
