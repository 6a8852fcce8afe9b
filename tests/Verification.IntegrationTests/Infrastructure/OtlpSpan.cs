namespace Verification.IntegrationTests.Infrastructure;

/// <summary>One exported span, with the service (resource service.name) that exported it.</summary>
public sealed record OtlpSpan(string Service, string Scope, string TraceId, string SpanId, string ParentSpanId, string Name,
    IReadOnlyDictionary<string, string> Attributes)
{
    /// <summary>Reads the spans of an OTLP ExportTraceServiceRequest (opentelemetry/proto/collector/trace/v1).</summary>
    public static List<OtlpSpan> Parse(ReadOnlySpan<byte> request)
    {
        var spans = new List<OtlpSpan>();
        var reader = new ProtobufReader(request);
        while (reader.TryReadField(out var field, out var wire))
        {
            if (field == 1 && wire == 2)
            {
                ReadResourceSpans(reader.ReadBytes(), spans);
            }
            else
            {
                reader.Skip(wire);
            }
        }
        return spans;
    }

    private static void ReadResourceSpans(ReadOnlySpan<byte> data, List<OtlpSpan> spans)
    {
        var service = "";
        var scopes = new List<byte[]>();
        var reader = new ProtobufReader(data);
        while (reader.TryReadField(out var field, out var wire))
        {
            if (field == 1 && wire == 2)
            {
                // Resource { repeated KeyValue attributes = 1 }
                var resource = new ProtobufReader(reader.ReadBytes());
                while (resource.TryReadField(out var f, out var w))
                {
                    if (f == 1 && w == 2 && ReadKeyValue(resource.ReadBytes()) is ("service.name", var name))
                    {
                        service = name;
                    }
                    else if (!(f == 1 && w == 2))
                    {
                        resource.Skip(w);
                    }
                }
            }
            else if (field == 2 && wire == 2)
            {
                scopes.Add(reader.ReadBytes().ToArray());
            }
            else
            {
                reader.Skip(wire);
            }
        }
        foreach (var scope in scopes)
        {
            ReadScopeSpans(scope, service, spans);
        }
    }

    private static void ReadScopeSpans(ReadOnlySpan<byte> data, string service, List<OtlpSpan> spans)
    {
        var scopeName = "";
        var reader = new ProtobufReader(data);
        while (reader.TryReadField(out var field, out var wire))
        {
            if (field == 1 && wire == 2)
            {
                var scope = new ProtobufReader(reader.ReadBytes());
                while (scope.TryReadField(out var f, out var w))
                {
                    if (f == 1 && w == 2) { scopeName = scope.ReadString(); } else { scope.Skip(w); }
                }
            }
            else if (field == 2 && wire == 2)
            {
                spans.Add(ReadSpan(reader.ReadBytes(), service, scopeName));
            }
            else
            {
                reader.Skip(wire);
            }
        }
    }

    private static OtlpSpan ReadSpan(ReadOnlySpan<byte> data, string service, string scope)
    {
        string traceId = "", spanId = "", parent = "", name = "";
        var attributes = new Dictionary<string, string>();
        var reader = new ProtobufReader(data);
        while (reader.TryReadField(out var field, out var wire))
        {
            switch (field, wire)
            {
                case (1, 2): traceId = Convert.ToHexStringLower(reader.ReadBytes()); break;
                case (2, 2): spanId = Convert.ToHexStringLower(reader.ReadBytes()); break;
                case (4, 2): parent = Convert.ToHexStringLower(reader.ReadBytes()); break;
                case (5, 2): name = reader.ReadString(); break;
                case (9, 2):
                    var (key, value) = ReadKeyValue(reader.ReadBytes());
                    attributes[key] = value;
                    break;
                default: reader.Skip(wire); break;
            }
        }
        return new OtlpSpan(service, scope, traceId, spanId, parent, name, attributes);
    }

    /// <summary>KeyValue { string key = 1; AnyValue value = 2 }, keeping string values (AnyValue field 1) only.</summary>
    private static (string Key, string Value) ReadKeyValue(ReadOnlySpan<byte> data)
    {
        string key = "", value = "";
        var reader = new ProtobufReader(data);
        while (reader.TryReadField(out var field, out var wire))
        {
            if (field == 1 && wire == 2)
            {
                key = reader.ReadString();
            }
            else if (field == 2 && wire == 2)
            {
                var any = new ProtobufReader(reader.ReadBytes());
                while (any.TryReadField(out var f, out var w))
                {
                    if (f == 1 && w == 2) { value = any.ReadString(); } else { any.Skip(w); }
                }
            }
            else
            {
                reader.Skip(wire);
            }
        }
        return (key, value);
    }
}
