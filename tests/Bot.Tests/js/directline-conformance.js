// Drives the real botframework-directlinejs (the client inside Microsoft Web Chat) against our Direct Line
// server. Invoked by DirectLineJsConformanceTests with: node directline-conformance.js <scenario> <json-args>.
// Prints one JSON line with what the client observed; exits non-zero with a message when the contract breaks.
'use strict';

global.XMLHttpRequest = require('xhr2');
global.WebSocket = require('ws');
const { DirectLine, ConnectionStatus } = require('botframework-directlinejs');

const [scenario, rawArgs] = process.argv.slice(2);
const args = JSON.parse(rawArgs || '{}');
const domain = args.baseUrl + '/v3/directline';
const deadline = setTimeout(() => fail('scenario timed out'), args.timeoutMs || 30000);

function fail(message) {
  process.stderr.write(message + '\n');
  process.exit(1);
}

function done(result) {
  clearTimeout(deadline);
  process.stdout.write(JSON.stringify(result) + '\n');
  process.exit(0);
}

async function webChatToken() {
  const response = await fetch(args.baseUrl + '/api/webchat/token', { method: 'POST' });
  if (!response.ok) fail('token endpoint answered ' + response.status);
  return response.json();
}

// Collects activities and resolves waiters when a predicate matches something seen so far.
function observe(directLine) {
  const seen = [];
  const waiters = [];
  directLine.activity$.subscribe(
    activity => {
      seen.push(activity);
      for (const waiter of waiters.slice()) {
        if (waiter.predicate(activity)) {
          waiters.splice(waiters.indexOf(waiter), 1);
          waiter.resolve(activity);
        }
      }
    },
    error => error && error.message === 'conversation ended' || fail('activity stream failed: ' + (error && error.message))
  );
  return {
    seen,
    waitFor(predicate, what) {
      const hit = seen.find(predicate);
      if (hit) return Promise.resolve(hit);
      return new Promise((resolve, reject) => {
        waiters.push({ predicate, resolve });
        setTimeout(() => reject(new Error('did not receive ' + what + '; saw ' + JSON.stringify(seen.map(a => a.text || a.type)))), 15000);
      });
    }
  };
}

function post(directLine, activity) {
  return new Promise((resolve, reject) =>
    directLine.postActivity(activity).subscribe(id => resolve(id), error => reject(new Error('post failed: ' + (error && (error.status || error.message))))));
}

function message(text, userId, clientActivityID) {
  return { type: 'message', text, from: { id: userId, role: 'user' }, locale: 'en-US', channelData: { clientActivityID } };
}

function statusReached(directLine, wanted) {
  return new Promise(resolve => directLine.connectionStatus$.subscribe(status => status === wanted && resolve(status)));
}

async function converse(webSocket) {
  const grant = await webChatToken();
  const directLine = new DirectLine({ domain, token: grant.token, webSocket, pollingInterval: 200, conversationStartProperties: { locale: 'en-US' } });
  const log = observe(directLine);
  await log.waitFor(a => a.from.role === 'bot' && /Hello/.test(a.text || ''), 'the greeting');
  const id = await post(directLine, message('hello there', grant.userId, 'c-1'));
  const echo = await log.waitFor(a => a.channelData && a.channelData.clientActivityID === 'c-1', 'the echo');
  const reply = await log.waitFor(a => a.type === 'message' && a.replyToId === id && a.from.role === 'bot', 'the reply');
  const order = log.seen.map(a => a.id);
  directLine.end();
  done({
    conversationId: grant.conversationId,
    postedId: id,
    echoId: echo.id,
    echoFrom: echo.from.id,
    userId: grant.userId,
    replyText: reply.text,
    echoBeforeReply: order.indexOf(echo.id) < order.indexOf(reply.id)
  });
}

async function refresh() {
  const grant = await webChatToken();
  const directLine = new DirectLine({ domain, token: grant.token, webSocket: false, pollingInterval: 200, conversationStartProperties: { locale: 'en-US' } });
  const log = observe(directLine);
  await log.waitFor(a => a.from.role === 'bot', 'the greeting');
  const oldToken = directLine.token;
  const newToken = await new Promise((resolve, reject) => directLine.refreshToken().subscribe(resolve, reject));
  directLine.token = newToken;
  const id = await post(directLine, message('after refresh', grant.userId, 'r-1'));
  await log.waitFor(a => a.type === 'message' && a.replyToId === id, 'the reply after refresh');
  directLine.end();
  done({ refreshed: newToken !== oldToken && typeof newToken === 'string' && newToken.length > 20 });
}

async function crossConversation() {
  const a = await webChatToken();
  const b = await webChatToken();
  // Start B properly, then try to resume B with A's token, as a tampering page would.
  const owner = new DirectLine({ domain, token: b.token, webSocket: false, pollingInterval: 200 });
  await observe(owner).waitFor(x => x.from.role === 'bot', 'B greeting');
  owner.end();
  const intruder = new DirectLine({ domain, token: a.token, conversationId: b.conversationId, webSocket: false, pollingInterval: 200 });
  const statuses = [];
  intruder.connectionStatus$.subscribe(s => statuses.push(s));
  intruder.activity$.subscribe(() => fail('the intruder received an activity of another conversation'), () => {});
  const posted = await post(intruder, message('intrusion', a.userId, 'x-1')).then(() => 'posted', e => e.message);
  await new Promise(resolve => setTimeout(resolve, 500));
  done({ statuses, posted, targetConversationId: b.conversationId, sawExpiredToken: statuses.includes(ConnectionStatus.ExpiredToken) || statuses.includes(ConnectionStatus.FailedToConnect) });
}

// Phase 1 of the restart test: talk, remember where we are, send one more message and leave without reading the answer.
async function resumeBefore(webSocket) {
  const grant = await webChatToken();
  const directLine = new DirectLine({ domain, token: grant.token, webSocket, pollingInterval: 200, conversationStartProperties: { locale: 'en-US' } });
  const log = observe(directLine);
  await log.waitFor(a => a.from.role === 'bot', 'the greeting');
  await new Promise(resolve => setTimeout(resolve, 300));
  const watermark = directLine.watermark;
  const id = await post(directLine, message('before restart', grant.userId, 'b-1'));
  directLine.end();
  done({ conversationId: grant.conversationId, token: directLine.token, watermark, userId: grant.userId, postedId: id });
}

// Phase 2, against a new service process: resume by watermark, get what was missed, keep talking.
async function resumeAfter(webSocket) {
  const directLine = new DirectLine({ domain, token: args.token, conversationId: args.conversationId, watermark: args.watermark, webSocket, pollingInterval: 200 });
  const log = observe(directLine);
  const missed = await log.waitFor(a => a.type === 'message' && a.replyToId === args.postedId, 'the reply sent before the restart');
  const id = await post(directLine, message('after restart', args.userId, 'a-1'));
  const reply = await log.waitFor(a => a.type === 'message' && a.replyToId === id, 'the reply after the restart');
  directLine.end();
  done({ missedText: missed.text, replyText: reply.text, texts: log.seen.map(a => a.text) });
}

const scenarios = {
  polling: () => converse(false),
  websocket: () => converse(true),
  refresh,
  'cross-conversation': crossConversation,
  'resume-before': () => resumeBefore(!!args.webSocket),
  'resume-after': () => resumeAfter(!!args.webSocket)
};

if (!scenarios[scenario]) fail('unknown scenario ' + scenario);
scenarios[scenario]().catch(error => fail(error && error.stack || String(error)));
