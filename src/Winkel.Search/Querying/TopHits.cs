namespace Winkel.Search.Querying;

/// <summary>
/// The best <c>n</c> hits seen so far: a min-heap with the worst kept hit on top. Larger values are
/// better; among equal values the lower document number wins, so results are stable.
/// </summary>
internal sealed class TopHits(int capacity)
{
    private readonly PriorityQueue<int, (double Value, int Doc)> _heap = new(Math.Min(capacity, 1024), WorstFirst.Instance);

    // The worst kept hit once the heap is full: most hits of a large result are worse and are turned
    // away here with two comparisons, without calling into the heap.
    private bool _full;
    private double _worstValue;
    private int _worstDoc;

    public void Offer(double value, int doc)
    {
        if (_full)
        {
            if (value < _worstValue || (value == _worstValue && doc > _worstDoc))
            {
                return;
            }
            _heap.EnqueueDequeue(doc, (value, doc));
        }
        else if (capacity <= 0)
        {
            return;
        }
        else
        {
            _heap.Enqueue(doc, (value, doc));
            _full = _heap.Count == capacity;
        }
        if (_full)
        {
            _heap.TryPeek(out _, out var worst);
            (_worstValue, _worstDoc) = worst;
        }
    }

    public IReadOnlyList<int> BestFirst()
    {
        var items = new List<(double Value, int Doc)>(_heap.Count);
        foreach (var (_, priority) in _heap.UnorderedItems)
        {
            items.Add(priority);
        }
        items.Sort((a, b) => WorstFirst.Instance.Compare(b, a));
        return items.ConvertAll(i => i.Doc);
    }

    private sealed class WorstFirst : IComparer<(double Value, int Doc)>
    {
        public static readonly WorstFirst Instance = new();

        public int Compare((double Value, int Doc) x, (double Value, int Doc) y)
        {
            var byValue = x.Value.CompareTo(y.Value);
            return byValue != 0 ? byValue : y.Doc.CompareTo(x.Doc);
        }
    }
}
