// Opens Microsoft Web Chat on the bot's own Direct Line. The page asks the bot for a token bound to a new
// conversation and user (/api/webchat/token): the Direct Line secret never reaches the browser.
// ?locale=zh-CN|en-US picks the language (default: the browser's); ?transport=polling forces polling
// (WebSocket is the default, polling is used automatically where WebSocket is unavailable).
(function () {
  'use strict';

  var params = new URLSearchParams(window.location.search);
  var requested = params.get('locale') || navigator.language || 'zh-CN';
  var locale = /^zh/i.test(requested) ? 'zh-CN' : 'en-US';
  var chinese = locale === 'zh-CN';
  var useWebSocket = params.get('transport') !== 'polling' && typeof window.WebSocket === 'function';

  document.documentElement.lang = locale;
  document.title = chinese ? '售后服务助手' : 'After-sales assistant';
  document.getElementById('title').textContent = document.title;

  function showError(message) {
    var element = document.createElement('div');
    element.id = 'error';
    element.textContent = message;
    document.getElementById('webchat').replaceChildren(element);
  }

  // A personal survey link (?invitation=…) opens a conversation with the invited survey already started; the link
  // works once, so a refusal (used, expired) is shown as the service words it.
  var invitation = params.get('invitation');
  var grantRequest = invitation
    ? fetch('/api/invitations/redeem', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ token: invitation }) })
    : fetch('/api/webchat/token', { method: 'POST' });
  grantRequest
    .then(function (response) {
      if (!response.ok) {
        return response.json().catch(function () { return {}; }).then(function (problem) {
          var known = { used: chinese ? '此问卷链接已使用过。' : 'This survey link was already used.',
            expired: chinese ? '此问卷链接已过期。' : 'This survey link has expired.',
            opted_out: chinese ? '您已选择不再接收问卷。' : 'You asked not to receive surveys.',
            invalid: chinese ? '此问卷链接无效。' : 'This survey link is not valid.',
            malformed: chinese ? '此问卷链接无效。' : 'This survey link is not valid.' };
          throw new Error(known[problem.title] || ('token request failed: ' + response.status));
        });
      }
      return response.json();
    })
    .then(function (grant) {
      var directLine = window.WebChat.createDirectLine({
        domain: window.location.origin + '/v3/directline',
        token: grant.token,
        webSocket: useWebSocket,
        conversationStartProperties: { locale: locale }
      });
      window.WebChat.renderWebChat(
        {
          directLine: directLine,
          userID: grant.userId,
          username: chinese ? '顾客' : 'Customer',
          locale: locale,
          styleOptions: { hideUploadButton: true, botAvatarInitials: chinese ? '客服' : 'Bot', userAvatarInitials: chinese ? '我' : 'Me' }
        },
        document.getElementById('webchat'));
      document.querySelector('#webchat input, #webchat textarea') && document.querySelector('#webchat input, #webchat textarea').focus();
    })
    .catch(function (error) {
      showError((chinese ? '无法连接到客服助手：' : 'Cannot reach the assistant: ') + error.message);
    });
}());
