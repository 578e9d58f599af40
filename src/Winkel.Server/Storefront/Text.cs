namespace Winkel.Server.Storefront;

/// <summary>The storefront's words: <c>Text.resx</c> (English) and <c>Text.nl.resx</c> (Dutch) beside this file.</summary>
public sealed class Text;
