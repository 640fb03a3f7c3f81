// Pub/sub broker whose subscribers are async; publish awaits all handlers and collects failures.
const delay = (ms, v) => new Promise((r) => setTimeout(() => r(v), ms));

class Broker {
  constructor() {
    this.topics = {};
    this.delivered = 0;
  }
  subscribe(topic, name, handler) {
    (this.topics[topic] = this.topics[topic] || []).push({ name, handler });
    return () => {
      this.topics[topic] = this.topics[topic].filter((s) => s.name !== name);
      console.log(`unsubscribed ${name} from ${topic}`);
    };
  }
  async publish(topic, payload) {
    const subs = this.topics[topic] ?? [];
    console.log(`publish ${topic} ${JSON.stringify(payload)} to ${subs.length} subscriber(s)`);
    const outcomes = await Promise.allSettled(subs.map((s) => s.handler(payload).then((r) => `${s.name}:${r}`)));
    this.delivered += outcomes.filter((o) => o.status === 'fulfilled').length;
    return outcomes.map((o) => (o.status === 'fulfilled' ? o.value : `FAILED(${o.reason.message})`));
  }
}

const broker = new Broker();
const audit = [];
broker.subscribe('order', 'mailer', async (o) => {
  await delay(10);
  audit.push(`mail ${o.id}`);
  return 'mailed';
});
const unsubStock = broker.subscribe('order', 'stock', async (o) => {
  await delay(2);
  if (o.qty > 5) throw new Error(`not enough stock for ${o.id}`);
  audit.push(`stock ${o.id}`);
  return `reserved ${o.qty}`;
});
broker.subscribe('order', 'metrics', async (o) => {
  audit.push(`metric ${o.id}`);
  return 'counted';
});
broker.subscribe('refund', 'ledger', async (r) => `refunded ${r.amount}`);

async function main() {
  console.log(await broker.publish('order', { id: 'o1', qty: 2 }));
  console.log(await broker.publish('order', { id: 'o2', qty: 9 }));
  unsubStock();
  const [a, b] = await Promise.all([broker.publish('order', { id: 'o3', qty: 1 }), broker.publish('refund', { amount: 5 })]);
  console.log(a, b);
  console.log(await broker.publish('nobody', {}));
  console.log('audit:', audit);
  console.log('delivered:', broker.delivered);
}
main();
