using System.Runtime.InteropServices;
using System.Text;

namespace Runner.Infrastructure.Processes.Unix;

/// <summary>
/// A C array of NUL-terminated UTF-8 strings ending with a null pointer (argv, envp), in one
/// native block freed on dispose. The strings must hold no NUL character.
/// </summary>
internal sealed unsafe class NativeStrings : IDisposable
{
    private byte** _block;

    public NativeStrings(IReadOnlyList<string> values)
    {
        var pointers = (nuint)(values.Count + 1) * (nuint)sizeof(byte*);
        nuint text = 0;
        foreach (var value in values)
        {
            text += (nuint)Encoding.UTF8.GetByteCount(value) + 1;
        }

        _block = (byte**)NativeMemory.Alloc(pointers + text);
        var next = (byte*)_block + pointers;
        var end = next + text;
        for (var i = 0; i < values.Count; i++)
        {
            _block[i] = next;
            var written = Encoding.UTF8.GetBytes(values[i], new Span<byte>(next, checked((int)(end - next))));
            next[written] = 0;
            next += written + 1;
        }

        _block[values.Count] = null;
    }

    /// <summary>The array; valid until dispose.</summary>
    public byte** Pointers => _block;

    /// <summary>The string at <paramref name="index"/>.</summary>
    public byte* this[int index] => _block[index];

    public void Dispose()
    {
        NativeMemory.Free(_block);
        _block = null;
    }
}
