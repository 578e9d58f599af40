// The checkout page's card field with the Stripe provider (docs/payments.md, "The checkout page with Stripe.js").
// Stripe.js (from js.stripe.com) mounts the Payment Element: the card is typed into Stripe's frame and goes
// from the browser to Stripe; this page gets back only a pm_… token, which the form posts to the store.
(() => {
  const field = document.getElementById("card-field");
  const form = field && field.closest("form");
  if (!field || !form) return;
  const token = form.querySelector("input[name='Input.PaymentMethod']");
  const button = form.querySelector("button[type='submit']");
  const output = document.getElementById("card-error");
  const show = message => { output.textContent = message || ""; };
  document.getElementById("card-needs-script").hidden = true;
  let stripe, elements;
  try {
    stripe = Stripe(field.dataset.stripeKey); // a ReferenceError when Stripe.js did not load
    elements = stripe.elements({
      mode: "payment",
      amount: Number(field.dataset.amount),
      currency: field.dataset.currency,
      paymentMethodCreation: "manual",
      paymentMethodTypes: ["card"],
      locale: field.dataset.locale,
    });
    const card = elements.create("payment");
    card.mount(field);
    card.on("change", () => show(""));
  } catch {
    show(field.dataset.unavailable);
    button.disabled = true;
    return;
  }

  const value = name => form.querySelector(`[name='Input.${name}']`)?.value || undefined;
  let busy = false;
  const fail = message => {
    show(message);
    busy = false;
    button.disabled = false;
  };
  form.addEventListener("submit", async event => {
    event.preventDefault();
    if (busy) return;
    busy = true;
    button.disabled = true;
    show("");
    try {
      const checked = await elements.submit();
      const result = checked.error ? checked : await stripe.createPaymentMethod({
        elements,
        params: { billing_details: { name: value("Name"), email: value("Email") } },
      });
      if (result.error) {
        fail(result.error.message);
        return;
      }
      token.value = result.paymentMethod.id;
      form.submit(); // fires no second submit event; the button stays disabled while the store charges
    } catch {
      fail(field.dataset.unavailable);
    }
  });
})();
