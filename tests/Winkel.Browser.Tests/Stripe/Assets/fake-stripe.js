// Served in place of https://js.stripe.com/v3/ in the browser tests: just the surface the store's
// stripe-checkout.js uses. As with Stripe, the card is typed into a frame from https://js.stripe.com and the
// token comes from POST https://api.stripe.com/v1/payment_methods (both served by the test), so the page's
// Content-Security-Policy is put to work as it is with the real Stripe.js.
(() => {
  const origin = "https://js.stripe.com";
  window.Stripe = key => {
    if (!/^pk_(test|live)_/.test(key)) throw new Error("Invalid API Key provided: " + key);
    let frame = null;
    let onChange = () => {};
    window.addEventListener("message", event => {
      if (event.origin === origin && event.data && event.data.type === "change") onChange({ empty: event.data.empty, complete: false });
    });
    const cardNumber = () => new Promise(resolve => {
      const answer = event => {
        if (event.origin !== origin || !event.data || event.data.type !== "card") return;
        window.removeEventListener("message", answer);
        resolve(event.data.number);
      };
      window.addEventListener("message", answer);
      frame.contentWindow.postMessage({ type: "card" }, origin);
    });
    return {
      elements: options => {
        window.fakeStripe = { key, options };
        return {
          create: type => ({
            mount: target => {
              frame = document.createElement("iframe");
              frame.src = origin + "/v3/fake-card-frame.html";
              frame.title = "Secure " + type + " input frame";
              (typeof target === "string" ? document.querySelector(target) : target).appendChild(frame);
            },
            on: (name, handler) => { if (name === "change") onChange = handler; },
          }),
          submit: async () => ({}),
        };
      },
      createPaymentMethod: async ({ elements, params }) => {
        if (!elements) return { error: { type: "validation_error", message: "elements is required" } };
        const form = new URLSearchParams({ key, type: "card", "card[number]": await cardNumber() });
        if (params && params.billing_details && params.billing_details.name) form.set("billing_details[name]", params.billing_details.name);
        const response = await fetch("https://api.stripe.com/v1/payment_methods", { method: "POST", body: form });
        const body = await response.json();
        return response.ok ? { paymentMethod: body } : { error: body.error };
      },
    };
  };
})();
