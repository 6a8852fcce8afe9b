namespace Ocr;

/// <summary>Tesseract could not do what was asked; the message says what to fix.</summary>
public class OcrException : Exception
{
    public OcrException(string message) : base(message) { }

    public OcrException(string message, Exception inner) : base(message, inner) { }
}

/// <summary>An engine could not load its models: usually a missing Debian language package.</summary>
public sealed class OcrInitializationException : OcrException
{
    public OcrInitializationException(string message) : base(message) { }
}
