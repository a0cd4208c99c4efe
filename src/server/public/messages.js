// The page's Vietnamese words for the server's errors (docs/server.md's error table).

/** What the page says for the server's hints on E_NOT_VIETNAMESE, about one article or all. */
export const HINT_MESSAGES = {
  "unmarked-vietnamese": "văn bản có vẻ là tiếng Việt gõ không dấu: hãy dán bản có dấu.",
  "double-encoded":
    "văn bản bị lỗi mã hóa (chữ như “táº¡i” thay cho “tại”): hãy mở lại trang bằng UTF-8 rồi dán.",
};

/**
 * What the page says for each error code the server can answer (docs/server.md, /openapi.json):
 * `one` when the error is about one article (the page names its box before it), `all` otherwise.
 */
export const MESSAGES = {
  E_EMPTY: {
    one: "không còn nội dung để tóm tắt (chỉ có tiêu đề, hoặc chỉ có phần thừa của trang web như nút chia sẻ, menu, chú thích…).",
    all: "Không còn nội dung nào để tóm tắt: các bài chỉ có phần thừa của trang web (nút chia sẻ, menu, chú thích…).",
  },
  E_NOT_VIETNAMESE: {
    one: "văn bản có vẻ không phải tiếng Việt: hãy bỏ bài này hoặc dán bản tiếng Việt.",
    all: "Các bài có vẻ không phải tiếng Việt: hãy dán bài báo tiếng Việt có dấu.",
  },
  E_TOO_LARGE: {
    one: "bài quá dài để máy chủ nhận: hãy rút ngắn bài này.",
    all: "Dữ liệu gửi đi quá lớn: hãy bớt bài hoặc rút ngắn bài.",
  },
  E_TOO_MANY_DOCUMENTS: { all: "Quá nhiều bài cho một lần tóm tắt: hãy bớt vài bài." },
  E_TIMEOUT: {
    all: "Máy chủ xử lý quá thời gian cho phép: hãy thử lại với ít bài hơn hoặc bài ngắn hơn.",
  },
  E_OPTION: { all: "Độ dài đã chọn không hợp lệ: hãy chọn một độ dài khác." },
  E_SCHEMA: { all: "Dữ liệu trang gửi đi không đúng dạng máy chủ chờ: hãy tải lại trang." },
  E_JSON: { all: "Máy chủ không đọc được dữ liệu trang gửi đi: hãy tải lại trang." },
  E_ENCODING: { all: "Máy chủ không nhận dữ liệu nén: hãy tải lại trang." },
  E_FORMAT: { all: "Máy chủ từ chối yêu cầu vì không đúng giao thức HTTP: hãy tải lại trang." },
  E_FORBIDDEN: {
    all: "Máy chủ chỉ nhận yêu cầu từ trang của chính nó, qua địa chỉ nó được chạy: hãy mở trang tại địa chỉ đó (hoặc chạy máy chủ với --allow-host).",
  },
  E_NOT_FOUND: { all: "Máy chủ không có chức năng này: trang và máy chủ có thể khác phiên bản." },
  E_METHOD: { all: "Máy chủ không có chức năng này: trang và máy chủ có thể khác phiên bản." },
  E_MODEL: { all: "Máy chủ thiếu mô hình cần cho việc tóm tắt: hãy báo người quản trị." },
  E_IO: { all: "Máy chủ gặp lỗi đọc hoặc ghi: hãy thử lại sau." },
  E_INTERNAL: { all: "Máy chủ gặp lỗi nội bộ: hãy thử lại sau." },
};

/** E_OPTION without a field: the chosen length is under every sentence (sentences are never cut). */
export const TOO_SHORT = {
  longer:
    "Độ dài đã chọn quá ngắn: câu ngắn nhất của các bài dài hơn thế, và câu không bao giờ bị cắt. Hãy chọn độ dài dài hơn.",
  longest:
    "Ngay cả độ dài dài nhất cũng ngắn hơn câu ngắn nhất của các bài (câu không bao giờ bị cắt): hãy thêm bài có câu ngắn hơn.",
};

/**
 * The Vietnamese words for a server error: about one article when its `field` (or message) names
 * documents[i], named by the box it came from (`labels[i]`, "Bài 3"), else about the whole input.
 * `length` is the chosen preset and `longest` the longest one, for E_OPTION's budget under every
 * sentence (no field).
 */
export function errorText(error, labels, length, longest) {
  const { code, message = "", field = "", hint } = error;
  if (code === "E_OPTION" && field === "")
    return TOO_SHORT[length >= longest ? "longest" : "longer"];
  const words = MESSAGES[code] ?? { all: "Có lỗi xảy ra." };
  const hinted = code === "E_NOT_VIETNAMESE" ? HINT_MESSAGES[hint] : undefined;
  const at = /^documents\[(\d+)\]/.exec(field) ?? /^documents\[(\d+)\]/.exec(message);
  const box = at ? labels[Number(at[1])] : undefined;
  if (box) return `${box}: ${hinted ?? words.one ?? lowerFirst(words.all)}`;
  return hinted ? upperFirst(hinted) : (words.all ?? upperFirst(words.one));
}

export const upperFirst = (text) => text.charAt(0).toUpperCase() + text.slice(1);
export const lowerFirst = (text) => text.charAt(0).toLowerCase() + text.slice(1);
