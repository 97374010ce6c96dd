using System.Text;
using Runner.Engine.Ports;
using Runner.Engine.Tests.Support;
using static Runner.Engine.Tests.Support.AlarmHarness;

namespace Runner.Engine.Tests.Notifications;

/// <summary>A message of <c>runner notify</c>: queued as an e-mail to --to, else the job's persons and the owner; none, with the documented problem, when e-mail is not set up or nobody would get it.</summary>
public sealed class NotifyMessageTests
{
    private static readonly byte[] Dump = Encoding.UTF8.GetBytes("12345 bytes\n");

    [Fact]
    public void A_message_to_given_addresses_is_queued_with_its_attachment()
    {
        using var harness = new AlarmHarness();

        var id = harness.Alarms.Message(["a@example.com", "b@example.com"], null, "dump of 2026-11-29", "12345 bytes", "dump.txt", Dump, out var problem);

        Assert.Null(problem);
        var message = harness.Outbox.Find(id!.Value)!.Message;
        Assert.Equal((NoticeChannel.Email, "MESSAGE", "runner@example.com"), (message.Channel, message.Event, message.From));
        Assert.Equal(["a@example.com", "b@example.com"], message.To);
        Assert.Equal(("dump of 2026-11-29", "12345 bytes", "dump.txt"), (message.Subject, message.Text, message.AttachmentName));
        Assert.Equal(Dump, message.Attachment.ToArray());
        Assert.Equal(T0, message.Created);
    }

    [Fact]
    public void Without_to_a_jobs_message_goes_to_its_persons_and_the_owner()
    {
        using var harness = new AlarmHarness();

        var id = harness.Alarms.Message([], JobId, "hi", "done", null, ReadOnlyMemory<byte>.Empty, out _);

        var message = harness.Outbox.Find(id!.Value)!.Message;
        Assert.Equal(["dev@example.com", "owner@example.com"], message.To);
        Assert.Equal(((int?)JobId, (string?)null), (message.JobId, message.AttachmentName));
    }

    [Fact]
    public void Without_to_or_a_job_a_message_goes_to_the_owner()
    {
        using var harness = new AlarmHarness();

        var id = harness.Alarms.Message([], null, "hi", "done", null, ReadOnlyMemory<byte>.Empty, out _);

        Assert.Equal(["owner@example.com"], harness.Outbox.Find(id!.Value)!.Message.To);
    }

    [Fact]
    public void Without_an_address_the_sender_is_runner_at_the_host()
    {
        using var harness = new AlarmHarness(Config().Replace("address = runner@example.com", string.Empty, StringComparison.Ordinal));

        var id = harness.Alarms.Message(["a@example.com"], null, "hi", "done", null, ReadOnlyMemory<byte>.Empty, out _);

        Assert.Equal("runner@db1", harness.Outbox.Find(id!.Value)!.Message.From);
    }

    [Fact]
    public void Without_an_e_mail_host_nothing_is_queued_and_the_problem_says_what_to_set()
    {
        using var harness = new AlarmHarness("[SCHEDULER]\nowner = owner@example.com\n[WEBHOOK]\nurl = https://hooks.example.com/T000\n");

        var id = harness.Alarms.Message(["a@example.com"], null, "hi", "done", null, ReadOnlyMemory<byte>.Empty, out var problem);

        Assert.Null(id);
        Assert.Equal("e-mail is not set up: set [EMAIL] host (and address) in config.ini", problem);
        Assert.Empty(harness.Queued());
    }

    [Fact]
    public void With_nobody_to_write_to_nothing_is_queued_and_the_problem_says_how_to_name_someone()
    {
        using var harness = new AlarmHarness("[EMAIL]\nhost = smtp.example.com\n");

        var id = harness.Alarms.Message([], null, "hi", "done", null, ReadOnlyMemory<byte>.Empty, out var problem);

        Assert.Null(id);
        Assert.Equal("no recipient: give --to ADDR, or set [JOB] persons or [SCHEDULER] owner in config.ini", problem);
        Assert.Empty(harness.Queued());
    }

    [Fact]
    public void A_bad_e_mail_setting_is_the_problem_reported()
    {
        using var harness = new AlarmHarness("[EMAIL]\nhost = smtp.example.com\nport = twenty-five\n");

        var id = harness.Alarms.Message(["a@example.com"], null, "hi", "done", null, ReadOnlyMemory<byte>.Empty, out var problem);

        Assert.Null(id);
        Assert.Contains("port", problem, StringComparison.Ordinal);
        Assert.Contains("twenty-five", problem, StringComparison.Ordinal);
        Assert.Empty(harness.Queued());
    }
}
