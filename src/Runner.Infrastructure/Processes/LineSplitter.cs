using System.Buffers;
using System.Text;

namespace Runner.Infrastructure.Processes;

/// <summary>
/// Cuts a byte stream into lines as the bytes come: split on LF, a trailing CR dropped, UTF-8
/// decoded leniently (invalid bytes become U+FFFD, nothing throws). Memory is bounded by the
/// cap: a longer line is delivered cut at the cap (backed off to a character boundary) and the
/// rest of it, up to its LF, is discarded unread into memory. Not thread-safe: one per stream.
/// </summary>
internal sealed class LineSplitter(int maxLineBytes, Action<string> deliver) : IDisposable
{
    private static readonly UTF8Encoding Lenient = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    private byte[]? _line;
    private int _length;
    private bool _discarding;

    /// <summary>Takes the next bytes of the stream; delivers every line they complete.</summary>
    public void Push(ReadOnlySpan<byte> bytes)
    {
        while (!bytes.IsEmpty)
        {
            var end = bytes.IndexOf((byte)'\n');
            if (end < 0)
            {
                Append(bytes);
                return;
            }

            Append(bytes[..end]);
            EndLine();
            bytes = bytes[(end + 1)..];
        }
    }

    /// <summary>The stream ended: delivers a last line that had no LF.</summary>
    public void Finish()
    {
        if (_length > 0 && !_discarding)
        {
            EndLine();
        }

        _length = 0;
        _discarding = false;
    }

    public void Dispose()
    {
        if (_line is not null)
        {
            ArrayPool<byte>.Shared.Return(_line);
            _line = null;
        }
    }

    private void Append(ReadOnlySpan<byte> part)
    {
        if (_discarding || part.IsEmpty)
        {
            return;
        }

        _line ??= ArrayPool<byte>.Shared.Rent(maxLineBytes);
        var room = maxLineBytes - _length;
        if (part.Length <= room)
        {
            part.CopyTo(_line.AsSpan(_length));
            _length += part.Length;
            return;
        }

        part[..room].CopyTo(_line.AsSpan(_length));
        var cut = CharacterBoundary(_line.AsSpan(0, maxLineBytes), part[room]);
        deliver(Lenient.GetString(_line, 0, cut));
        _length = 0;
        _discarding = true;
    }

    private void EndLine()
    {
        if (_discarding)
        {
            _discarding = false;
            return;
        }

        var length = _length > 0 && _line![_length - 1] == (byte)'\r' ? _length - 1 : _length;
        deliver(length == 0 ? string.Empty : Lenient.GetString(_line!, 0, length));
        _length = 0;
    }

    /// <summary>
    /// Where to cut <paramref name="full"/> (followed by <paramref name="next"/>) so that no UTF-8
    /// character is split: back over up to three continuation bytes (10xxxxxx).
    /// </summary>
    private static int CharacterBoundary(ReadOnlySpan<byte> full, byte next)
    {
        var cut = full.Length;
        var first = next;
        while (cut > 0 && full.Length - cut < 3 && (first & 0xC0) == 0x80)
        {
            cut--;
            first = full[cut];
        }

        return cut == 0 || (first & 0xC0) == 0x80 ? full.Length : cut;
    }
}
