using Runner.Engine.Ports;

namespace Runner.Testing.Contracts;

/// <summary>The outbox: queueing, leased claims, and the three ends of an attempt (sent, retried, given up).</summary>
public abstract partial class NotificationStoreContract
{
    [Fact]
    public void A_message_reads_back_as_it_was_queued_with_a_new_id_and_no_attempts_yet()
    {
        var mail = Message(7) with
        {
            Id = 99,
            Attempts = 3,
            Created = Now.AddTicks(5_678).ToOffset(TimeSpan.FromHours(1)),
            Attachment = new byte[] { 0, 1, 2, 255 },
            AttachmentName = "7.log",
            Html = "<p>x</p>",
        };
        var hook = Message(null) with
        {
            Channel = NoticeChannel.Webhook,
            To = [],
            From = string.Empty,
            JobId = null,
            Url = new Uri("https://hooks.example.com/runner?key=a%20b"),
            Payload = """{"event":"ALARM"}""",
        };

        var first = Notifications.Enqueue(mail);
        var second = Notifications.Enqueue(hook);

        Assert.True(second > first);
        var back = Notifications.Find(first)!;
        Assert.Equal(("pending", null, null), (back.State, back.Sent, back.LastError));
        Assert.Equal(mail.To, back.Message.To);
        Assert.Equal(mail.Attachment.ToArray(), back.Message.Attachment.ToArray());
        Assert.Equal(mail with { Id = first, Attempts = 0, Created = Now, To = back.Message.To, Attachment = back.Message.Attachment }, back.Message);
        Assert.Equal(TimeSpan.Zero, back.Message.Created.Offset);
        var backHook = Notifications.Find(second)!.Message;
        Assert.Empty(backHook.To);
        Assert.True(backHook.Attachment.IsEmpty);
        Assert.Equal(hook with { Id = second, To = backHook.To }, backHook);
        Assert.Null(Notifications.Find(second + 100));
    }

    [Fact]
    public void Recipients_read_back_trimmed_and_without_empty_ones()
    {
        var id = Notifications.Enqueue(Message(null) with { To = [" a@example.com ", string.Empty, "b@example.com"] });

        Assert.Equal(["a@example.com", "b@example.com"], Notifications.Find(id)!.Message.To);
    }

    [Fact]
    public void A_claim_takes_the_due_messages_oldest_first_up_to_its_max()
    {
        var later = Notifications.Enqueue(Message(null, Now.AddMinutes(1)));
        var first = Notifications.Enqueue(Message(null, Now.AddMinutes(-2)));
        var second = Notifications.Enqueue(Message(null, Now));
        var third = Notifications.Enqueue(Message(null, Now.AddSeconds(-1)));

        Assert.Empty(Notifications.Claim(Now, Lease, 0));
        Assert.Equal([first, second], Notifications.Claim(Now, Lease, 2).Select(m => m.Id));
        Assert.Equal([third], Notifications.Claim(Now, Lease, 2).Select(m => m.Id));
        Assert.Empty(Notifications.Claim(Now.AddSeconds(59), Lease, 10));
        Assert.Equal([later], Notifications.Claim(Now.AddMinutes(1), Lease, 10).Select(m => m.Id));
    }

    [Fact]
    public void A_claim_for_given_ids_takes_only_those()
    {
        var a = Notifications.Enqueue(Message(null));
        var b = Notifications.Enqueue(Message(null));
        var notYet = Notifications.Enqueue(Message(null, Now.AddHours(1)));

        Assert.Empty(Notifications.Claim(Now, Lease, 10, []));
        Assert.Empty(Notifications.Claim(Now, Lease, 10, [notYet]));
        Assert.Equal([b], Notifications.Claim(Now, Lease, 10, [b, notYet]).Select(m => m.Id));
        Assert.Equal([a], Notifications.Claim(Now, Lease, 10).Select(m => m.Id));
    }

    [Fact]
    public void A_claimed_message_is_not_claimed_again_until_its_lease_ends()
    {
        var id = Notifications.Enqueue(Message(null));

        var first = Notifications.Claim(Now, Lease, 10);
        var during = Notifications.Claim(Now + Lease - TimeSpan.FromMilliseconds(1), Lease, 10);
        var atEnd = Notifications.Claim(Now + Lease, Lease, 10);

        Assert.Equal([id], first.Select(m => m.Id));
        Assert.Empty(during);
        Assert.Equal([id], atEnd.Select(m => m.Id));
        Assert.Equal((0, "pending"), (atEnd[0].Attempts, Notifications.Find(id)!.State));
    }

    [Fact]
    public void A_retried_message_is_let_go_and_due_again_at_its_retry_time_with_the_attempt_counted()
    {
        var id = Notifications.Enqueue(Message(null));
        Notifications.Claim(Now, Lease, 10);

        Notifications.Retry(id, "connection refused", Now.AddSeconds(30));

        Assert.Equal(Now.AddSeconds(30), Notifications.NextDue());
        Assert.Empty(Notifications.Claim(Now.AddSeconds(29), Lease, 10));
        var again = Assert.Single(Notifications.Claim(Now.AddSeconds(30), Lease, 10));
        Assert.Equal((id, 1), (again.Id, again.Attempts));
        var entry = Notifications.Find(id)!;
        Assert.Equal(("pending", null, "connection refused", 1), (entry.State, entry.Sent, entry.LastError, entry.Message.Attempts));
    }

    [Fact]
    public void A_delivered_message_is_sent_once_and_for_all_and_forgets_its_last_error()
    {
        var id = Notifications.Enqueue(Message(null));
        Notifications.Claim(Now, Lease, 10);
        Notifications.Retry(id, "timeout", Now.AddSeconds(30));
        Notifications.Claim(Now.AddSeconds(30), Lease, 10);

        Notifications.Delivered(id, Now.AddSeconds(31).AddTicks(1_234).ToOffset(TimeSpan.FromHours(-4)));

        var entry = Notifications.Find(id)!;
        Assert.Equal(("sent", Now.AddSeconds(31), null, 2), (entry.State, entry.Sent, entry.LastError, entry.Message.Attempts));
        Assert.Equal(TimeSpan.Zero, entry.Sent!.Value.Offset);
        Assert.Null(Notifications.NextDue());
        Assert.Empty(Notifications.Claim(Now.AddDays(1), Lease, 10));
    }

    [Fact]
    public void A_message_given_up_stays_dead_with_its_last_error_and_is_never_tried_again()
    {
        var id = Notifications.Enqueue(Message(null));
        Notifications.Claim(Now, Lease, 10);

        Notifications.GiveUp(id, "550 no such user", Now);

        var entry = Notifications.Find(id)!;
        Assert.Equal(("dead", null, "550 no such user", 1), (entry.State, entry.Sent, entry.LastError, entry.Message.Attempts));
        Assert.Null(Notifications.NextDue());
        Assert.Empty(Notifications.Claim(Now.AddDays(1), Lease, 10));
    }

    [Fact]
    public void Next_due_is_the_earliest_time_a_pending_message_can_be_claimed()
    {
        Assert.Null(Notifications.NextDue());

        var leased = Notifications.Enqueue(Message(null, Now.AddMinutes(-10)));
        Notifications.Enqueue(Message(null, Now.AddMinutes(7)));
        Assert.Equal(Now.AddMinutes(-10), Notifications.NextDue());

        Notifications.Claim(Now, Lease, 10);
        Assert.Equal(Now + Lease, Notifications.NextDue());

        Notifications.Delivered(leased, Now);
        Assert.Equal(Now.AddMinutes(7), Notifications.NextDue());
    }

    [Fact]
    public void The_end_of_an_attempt_for_an_unknown_id_changes_nothing()
    {
        var id = Notifications.Enqueue(Message(null));

        Notifications.Delivered(id + 100, Now);
        Notifications.Retry(id + 100, "x", Now.AddHours(1));
        Notifications.GiveUp(id + 100, "x", Now);

        Assert.Equal(("pending", 0), (Notifications.Find(id)!.State, Notifications.Find(id)!.Message.Attempts));
        Assert.Equal(Now, Notifications.NextDue());
        Assert.Null(Notifications.Find(id + 100));
    }
}
