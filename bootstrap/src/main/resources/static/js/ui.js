// Small DOM helpers shared by the views.

/** Creates an element: props are assigned (dataset merged), children appended (strings become text). */
export function el(tag, props = {}, ...children) {
    const node = document.createElement(tag);
    const {dataset, ...rest} = props;
    Object.assign(node, rest);
    Object.assign(node.dataset, dataset ?? {});
    node.append(...children);
    return node;
}

/** The API reports durations in whole seconds. */
export function formatDuration(seconds) {
    if (seconds === null || seconds === undefined) {
        return '—';
    }
    const h = Math.floor(seconds / 3600);
    const m = Math.floor((seconds % 3600) / 60);
    const s = seconds % 60;
    return h > 0 ? `${h}h ${m}m` : m > 0 ? `${m}m ${s}s` : `${s}s`;
}

export function formatTime(instant) {
    return instant ? new Date(instant).toLocaleString() : '—';
}

export function show(viewId) {
    for (const section of document.querySelectorAll('body > section')) {
        section.hidden = section.id !== viewId;
    }
}
