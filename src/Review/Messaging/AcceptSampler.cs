using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Review.Messaging;

/// <summary>
/// Draws automatic accepts for review. The draw is a hash of the document id rather than a random
/// number: just as unpredictable to a student, uniform whatever the id's structure (version-7 ids
/// start with a timestamp), and the same on every redelivery of the same event.
/// </summary>
public static class AcceptSampler
{
    public static bool IsSampled(Guid documentId, double rate)
    {
        if (rate <= 0)
        {
            return false;
        }
        if (rate >= 1)
        {
            return true;
        }
        Span<byte> id = stackalloc byte[16];
        documentId.TryWriteBytes(id);
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(id, hash);
        // The top 53 bits give a double in [0, 1) with every value equally likely.
        var draw = (BinaryPrimitives.ReadUInt64BigEndian(hash) >> 11) * (1.0 / (1UL << 53));
        return draw < rate;
    }
}
